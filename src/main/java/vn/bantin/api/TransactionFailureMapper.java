package vn.bantin.api;

import jakarta.annotation.Priority;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A failed transaction (a commit that lost its database, say) answered like every other failure
 * by {@link ProblemMapper}: Jersey's own mapper for this exception rethrows it, which ends as a
 * bare 500.
 */
@Provider
@Priority(1)
public class TransactionFailureMapper implements ExceptionMapper<TransactionalException> {

    private final ProblemMapper problems = new ProblemMapper();

    @Override
    public Response toResponse(TransactionalException failure) {
        return problems.toResponse(failure);
    }
}
