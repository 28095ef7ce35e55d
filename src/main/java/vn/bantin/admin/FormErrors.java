package vn.bantin.admin;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import vn.bantin.platform.FieldProblem;

/**
 * The errors of one back-office form, keyed by field, in the order they were found: what each
 * field shows under it and what the error summary lists. One shape for every form bean.
 */
public final class FormErrors implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> byField = new LinkedHashMap<>();

    public void put(String field, String message) {
        byField.put(field, message);
    }

    public void putIfAbsent(String field, String message) {
        byField.putIfAbsent(field, message);
    }

    /** Each problem's text beside its field; the first problem found for a field is the one shown. */
    public void putAll(List<FieldProblem> problems) {
        for (FieldProblem problem : problems) {
            putIfAbsent(problem.field(), problem.text(FacesText::text));
        }
    }

    public void remove(String field) {
        byField.remove(field);
    }

    public void clear() {
        byField.clear();
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public boolean containsKey(String field) {
        return byField.containsKey(field);
    }

    public String get(String field) {
        return byField.get(field);
    }

    /**
     * The summary's lines: each error with the id of the element it is about on the page, as
     * {@code fieldId} finds it; an error {@code fieldId} has no element for is left out.
     */
    public List<ErrorLink> links(Function<String, String> fieldId) {
        List<ErrorLink> links = new ArrayList<>();
        byField.forEach((field, message) -> {
            String id = fieldId.apply(field);
            if (id != null) {
                links.add(new ErrorLink(id, message));
            }
        });
        return links;
    }

    /**
     * The id of a row's field in a repeated block ({@code ui:repeat} numbers rows from 0) for an
     * error keyed {@code keyPrefix + rowId}, or null when no row has that id.
     */
    public static String rowFieldId(String key, String keyPrefix, List<Long> rowIds, String repeatId, String field) {
        for (int i = 0; i < rowIds.size(); i++) {
            if (key.equals(keyPrefix + rowIds.get(i))) {
                return repeatId + ":" + i + ":" + field;
            }
        }
        return null;
    }
}
