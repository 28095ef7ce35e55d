package vn.bantin.feedback;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * The accessibility statement's feedback form as the page shows it: what was typed (kept when it
 * is refused), each field's error, and whether a message was just received.
 */
@Named
@RequestScoped
public class FeedbackForm {

    private String message;
    private String contact;
    private boolean sent;
    private boolean tooMany;
    private final Map<String, String> errors = new LinkedHashMap<>();

    public String getMessage() {
        return message;
    }

    public String getContact() {
        return contact;
    }

    public boolean isSent() {
        return sent;
    }

    public boolean isTooMany() {
        return tooMany;
    }

    public Map<String, String> getErrors() {
        return errors;
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    public String error(String field) {
        return errors.get(field);
    }

    void kept(String message, String contact) {
        this.message = message;
        this.contact = contact;
    }

    void markSent() {
        this.sent = true;
    }

    void markTooMany() {
        this.tooMany = true;
    }
}
