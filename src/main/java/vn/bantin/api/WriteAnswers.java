package vn.bantin.api;

import java.util.ResourceBundle;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;

import vn.bantin.media.ImageIntake;
import vn.bantin.platform.FieldProblem;
import vn.bantin.platform.InvalidInput;

/** How the write API answers what a write threw: a 4xx a client can act on, never a stack trace. */
final class WriteAnswers {

    private WriteAnswers() {
    }

    static Response write(ResourceBundle msg, java.util.function.Supplier<Response> action) {
        try {
            return action.get();
        } catch (RuntimeException failure) {
            Throwable cause = failure;
            while (cause.getCause() != null && !(cause instanceof InvalidInput)
                    && !(cause instanceof BulletinWriter.ImagesBusy)
                    && !(cause instanceof vn.bantin.bulletin.EditorialService.ConflictException)
                    && !(cause instanceof vn.bantin.bulletin.EditorialService.NotAllowedException)
                    && !(cause instanceof BulletinWriter.NotFound)
                    && !(cause instanceof Problem.ProblemException)
                    && !(cause instanceof BulletinWriter.ChangedSinceImport)) {
                cause = cause.getCause();
            }
            if (cause instanceof InvalidInput invalid) {
                return invalid(msg.getString("api.invalid"), InvalidInput.texts(
                        invalid.problems().stream().map(WriteAnswers::asJsonField).toList(), msg::getString));
            }
            if (cause instanceof BulletinWriter.ImagesBusy) {
                return new Problem.ProblemException(Status.SERVICE_UNAVAILABLE, msg.getString(ImageIntake.BUSY),
                        BulletinWriter.RETRY_AFTER_SECONDS).toResponse();
            }
            if (cause instanceof vn.bantin.bulletin.EditorialService.ConflictException) {
                return Problem.response(Status.CONFLICT, msg.getString("api.conflict"));
            }
            if (cause instanceof vn.bantin.bulletin.EditorialService.NotAllowedException) {
                return Problem.response(Status.FORBIDDEN, msg.getString("api.forbidden"));
            }
            if (cause instanceof BulletinWriter.NotFound) {
                return Problem.response(Status.NOT_FOUND, msg.getString("api.notFoundAny"));
            }
            if (cause instanceof Problem.ProblemException problem) {
                return problem.toResponse();
            }
            if (cause instanceof BulletinWriter.ChangedSinceImport changed) {
                return Problem.response(Status.CONFLICT,
                        msg.getString(changed.neverImported() ? "import.notImported" : "import.changedHere"));
            }
            for (Throwable t = failure; t != null; t = t.getCause()) {
                if (t instanceof jakarta.persistence.OptimisticLockException) {
                    return Problem.response(Status.CONFLICT, msg.getString("api.conflict"));
                }
            }
            throw failure;
        }
    }

    /**
     * A problem named by its place in the request's JSON: the editor's "figure-2" is the API's
     * "figures[2].alt", its upload field "new-figure" the API's "figures".
     */
    static FieldProblem asJsonField(FieldProblem problem) {
        String field = problem.field();
        if (field.matches("figure-\\d+")) {
            field = "figures[" + field.substring("figure-".length()) + "].alt";
        } else if (field.startsWith("new-figure")) {
            field = "figures";
        } else if (field.matches("document-\\d+-\\w+")) {
            String[] parts = field.split("-");
            field = "documents[" + parts[1] + "]." + parts[2];
        }
        return new FieldProblem(field, problem.messageKey(), problem.argument());
    }

    /** 422 with every failing field listed, as RFC 9457 allows with an extension member. */
    private static Response invalid(String detail, java.util.Map<String, String> errors) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        errors.forEach((field, text) -> list.add(Json.createObjectBuilder().add("field", field).add("detail", text)));
        JsonObject problem = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", "Unprocessable Content")
                .add("status", 422)
                .add("detail", detail)
                .add("errors", list)
                .build();
        return Response.status(422).type(Problem.MEDIA_TYPE + ";charset=UTF-8").entity(problem.toString()).build();
    }

}
