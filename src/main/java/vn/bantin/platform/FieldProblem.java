package vn.bantin.platform;

import java.io.Serializable;

/**
 * Why one field of a form or a request was refused: the field's name as its sender knows it
 * ("title", "figure-0", "category-12") and the message key saying what to do, with what the message
 * names (the address that clashes, say) when it names something. The one shape of a
 * validation error: the back office shows the text beside the field, the API lists it in its 422.
 */
public record FieldProblem(String field, String messageKey, String argument) implements Serializable {

    public FieldProblem(String field, String messageKey) {
        this(field, messageKey, null);
    }

    /** The message for this problem: {@code text} of its key, with "{0}" standing for its argument. */
    public String text(java.util.function.UnaryOperator<String> text) {
        String sentence = text.apply(messageKey);
        return argument == null ? sentence : sentence.replace("{0}", argument);
    }
}
