package vn.bantin.admin;

import java.io.Serializable;

/**
 * One line of a form's error summary: the message, and the id of the field it is about, which the
 * summary links to (GOV.UK's error summary pattern), so a keyboard user gets there in one step.
 * A class with getters rather than a record: Expression Language 5 reads bean properties only.
 */
public final class ErrorLink implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String fieldId;
    private final String message;

    public ErrorLink(String fieldId, String message) {
        this.fieldId = fieldId;
        this.message = message;
    }

    public String getFieldId() {
        return fieldId;
    }

    public String getMessage() {
        return message;
    }
}
