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

    /** The same answer written by a servlet filter, before the REST layer is reached. */
    public static void write(jakarta.servlet.http.HttpServletResponse response, Response.Status status, String detail)
            throws java.io.IOException {
        response.setStatus(status.getStatusCode());
        response.setContentType(MEDIA_TYPE + ";charset=UTF-8");
        response.getWriter().write(jakarta.json.Json.createObjectBuilder().add("type", "about:blank")
                .add("title", status.getReasonPhrase()).add("status", status.getStatusCode()).add("detail", detail)
                .build().toString());
    }

    /** Thrown by resources; mapped to its problem answer by {@link ProblemMapper}. */
    public static class ProblemException extends RuntimeException {
        private final Response.Status status;
        private final Integer retryAfterSeconds;

        public ProblemException(Response.Status status, String detail) {
            this(status, detail, null);
        }

        /** With a Retry-After header: for 503 and 429 answers the client may simply repeat later. */
        public ProblemException(Response.Status status, String detail, Integer retryAfterSeconds) {
            super(detail);
            this.status = status;
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public Response toResponse() {
            Response problem = response(status, getMessage());
            return retryAfterSeconds == null ? problem
                    : Response.fromResponse(problem).header("Retry-After", retryAfterSeconds).build();
        }
    }
}
