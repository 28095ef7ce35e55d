package vn.bantin.platform;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink retries a query that lost its connection three times, five seconds apart: while the
 * database is away a reader would wait fifteen seconds for an error. The connection pool already
 * replaces broken connections (it validates them), so a failed query is answered at once, as 503
 * ({@link DatabaseOutage}), and the reader retries.
 */
public class FailFastSession implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(0);
        }
    }
}
