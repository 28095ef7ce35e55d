package vn.bantin.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** An RFC 9457 problem answer: {@code application/problem+json} with status, title and detail. */
public record Problem(String type, String title, int status, String detail) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Response response(Response.Status status, String detail) {
        return Response.status(status)
                .type(MediaType.valueOf(MEDIA_TYPE + ";charset=UTF-8"))
                .entity(new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail))
                .build();
    }

    /** Thrown by resources; mapped to its problem answer by {@link ProblemMapper}. */
    public static class ProblemException extends RuntimeException {
        private final Response.Status status;

        public ProblemException(Response.Status status, String detail) {
            super(detail);
            this.status = status;
        }

        public Response toResponse() {
            return response(status, getMessage());
        }
    }
}
