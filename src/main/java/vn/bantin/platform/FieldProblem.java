package vn.bantin.platform;

import java.io.Serializable;

/**
 * Why one field of a form or a request was refused: the field's name as its sender knows it
 * ("title", "figure-0", "category-12") and the message key saying what to do. The one shape of a
 * validation error: the back office shows the text beside the field, the API lists it in its 422.
 */
public record FieldProblem(String field, String messageKey) implements Serializable {
}
