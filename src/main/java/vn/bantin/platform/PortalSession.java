package vn.bantin.platform;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.server.ConnectionPool;
import org.eclipse.persistence.sessions.server.ServerSession;

/**
 * How EclipseLink talks to the database (set in persistence.xml).
 * <ul>
 * <li>No query retries: EclipseLink retries a query that lost its connection three times, five
 * seconds apart, so a reader would wait fifteen seconds for an error while the database is away.
 * The connection pool already replaces broken connections; a failed query is answered at once, as
 * 503 ({@link DatabaseOutage}), and the reader retries.</li>
 * <li>The database is named from the configured URL instead of asked: the server creates the
 * persistence unit while deploying, and a question to a database that is down would fail the
 * deployment. With {@link StartupTolerantConnector}, a portal started before its database deploys
 * and waits for it (see {@code vn.bantin.startup.StartupSequence}).</li>
 * </ul>
 */
public class PortalSession implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(0);
            login.setConnector(new StartupTolerantConnector(login.getConnector()));
        }
        // The connection pools of a server session connect with logins of their own.
        if (session instanceof ServerSession server) {
            List<ConnectionPool> pools = new ArrayList<>(server.getConnectionPools().values());
            pools.add(server.getReadConnectionPool());
            for (ConnectionPool pool : pools) {
                if (pool != null && pool.getLogin() instanceof DatabaseLogin login
                        && !(login.getConnector() instanceof StartupTolerantConnector)) {
                    login.setQueryRetryAttemptCount(0);
                    login.setConnector(new StartupTolerantConnector(login.getConnector()));
                }
            }
        }
        String url = ConfiguredDataSource.effectiveUrl(PortalSettings.value("bantin.db.url").orElse(null),
                PortalSettings.dataDirectory());
        session.setProperty("jakarta.persistence.database-product-name",
                url.startsWith("jdbc:postgresql:") ? "PostgreSQL" : "H2");
    }
}
