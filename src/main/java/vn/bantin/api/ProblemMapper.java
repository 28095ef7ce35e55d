package vn.bantin.api;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Every failure of the API answers as a problem document: ours with their message, the
 * framework's (unknown path, wrong method) with their status, anything else as a 500 whose
 * details stay in the log.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Override
    public Response toResponse(Throwable failure) {
        if (failure instanceof Problem.ProblemException problem) {
            return problem.toResponse();
        }
        if (failure instanceof WebApplicationException web) {
            Response.Status status = Response.Status.fromStatusCode(web.getResponse().getStatus());
            if (status == null) {
                status = Response.Status.BAD_REQUEST;
            }
            return Problem.response(status, status.getReasonPhrase());
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ApiBodyLimit.TooLarge) {
                return Problem.response(Response.Status.REQUEST_ENTITY_TOO_LARGE,
                        "The request body is larger than 64 MB. Send one bulletin at a time, with reasonably sized photos.");
            }
        }
        if (vn.bantin.platform.DatabaseOutage.isDatabaseUnavailable(failure)) {
            LOG.warning("The database is unavailable: API request answered 503");
            return Response.fromResponse(Problem.response(Response.Status.SERVICE_UNAVAILABLE,
                    "The database is unavailable for a moment. Try again shortly (a write that was under way"
                    + " when it went away may or may not have been saved: read it back first)."))
                    .header("Retry-After", vn.bantin.platform.DatabaseOutage.RETRY_AFTER_SECONDS).build();
        }
        LOG.log(Level.SEVERE, "API request failed", failure);
        return Problem.response(Response.Status.INTERNAL_SERVER_ERROR,
                "The server could not answer this request; please try again later.");
    }
}
