package vn.bantin.platform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Input refused before anything was written, with every field's problem. */
public class InvalidInput extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<FieldProblem> problems;

    public InvalidInput(List<FieldProblem> problems) {
        super("Refused: " + problems);
        this.problems = List.copyOf(problems);
    }

    public InvalidInput(String field, String messageKey) {
        this(List.of(new FieldProblem(field, messageKey)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /**
     * The texts by field, in order, one per field (the first problem found for it): what a form
     * shows beside each field and the API lists. {@code text} turns a message key into a sentence.
     */
    public static Map<String, String> texts(List<FieldProblem> problems, UnaryOperator<String> text) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (FieldProblem problem : problems) {
            texts.putIfAbsent(problem.field(), problem.text(text));
        }
        return texts;
    }
}
