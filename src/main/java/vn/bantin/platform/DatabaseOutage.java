package vn.bantin.platform;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.transaction.xa.XAException;

import jakarta.resource.ResourceException;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionalException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * While the database is away (restarted, failing over), a page that needs it answers 503 with
 * Retry-After within seconds: a reader or a program then knows to come back, where a 500 would
 * say the portal is broken. Pages still in the page cache keep being served (the cache filter sits
 * inside this one). The connection pool reconnects by itself when the database is back.
 */
public class DatabaseOutage extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(DatabaseOutage.class.getName());
    public static final String RETRY_AFTER_SECONDS = "5";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException failure) {
            if (!isDatabaseUnavailable(failure) || response.isCommitted()) {
                throw failure;
            }
            LOG.log(Level.WARNING, "The database is unavailable: answered 503 to " + request.getRequestURI());
            response.reset();
            answer(request, response);
        }
    }

    static void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        PlainPage.write(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "outage.title", "outage.detail");
    }

    /**
     * Whether a failure comes from the database not being reachable: a connection-class SQL state
     * (08xxx), a refused or broken socket, the pool finding no usable connection in time, or a
     * transaction whose resource failed at commit.
     */
    public static boolean isDatabaseUnavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof ConnectException
                    || t instanceof SocketException || t instanceof XAException || t instanceof ResourceException
                    || t instanceof SystemException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                        || state.equals("57P03"))) {
                    return true;
                }
            }
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("error in allocating a connection")
                    || (message.contains("connection pool") && message.contains("wait"))
                    || message.contains("i/o error occurred while sending to the backend")
                    || message.contains("this connection has been closed")
                    || message.contains("physical connection is not usable")
                    // The transaction manager failing at commit (its resource gone, the
                    // transaction already ended with the connection): the outcome is unknown.
                    || (t instanceof TransactionalException && message.contains("during commit"))) {
                return true;
            }
            if (t instanceof ServletException servlet && servlet.getRootCause() != null && servlet.getRootCause() != t.getCause()) {
                if (isDatabaseUnavailable(servlet.getRootCause())) {
                    return true;
                }
            }
        }
        return false;
    }
}
