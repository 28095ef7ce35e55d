package vn.bantin.platform;

import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLTransientConnectionException;
import java.util.Properties;

import org.eclipse.persistence.sessions.Connector;
import org.eclipse.persistence.sessions.Session;

import vn.bantin.startup.StartupState;

/**
 * EclipseLink takes a first connection when the server deploys the persistence unit, only to set
 * up its (external) connection pool; every real use asks for a connection again. While the portal
 * is starting and the database does not answer, that first connection is a stand-in that refuses
 * all work, so the deployment goes on and the start-up sequence waits for the database. Once the
 * portal has started, failures are passed on as they are.
 */
final class StartupTolerantConnector implements Connector {

    private final Connector real;

    StartupTolerantConnector(Connector real) {
        this.real = real;
    }

    @Override
    public Connection connect(Properties properties, Session session) {
        try {
            return real.connect(properties, session);
        } catch (RuntimeException failure) {
            if (StartupState.isReady() || !DatabaseOutage.isDatabaseUnavailable(failure)) {
                throw failure;
            }
            return standIn();
        }
    }

    /** A connection that is not there: closing it is fine, anything else says the database is away. */
    private static Connection standIn() {
        return (Connection) Proxy.newProxyInstance(StartupTolerantConnector.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "close", "clearWarnings", "setAutoCommit" -> null;
                    case "isClosed" -> false;
                    case "isValid" -> false;
                    case "getAutoCommit" -> true;
                    case "getWarnings" -> null;
                    case "getTransactionIsolation" -> Connection.TRANSACTION_READ_COMMITTED;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "connection stand-in while the database is away";
                    default -> throw new SQLTransientConnectionException("The database does not answer yet", "08001");
                });
    }

    @Override
    public void toString(PrintWriter writer) {
        real.toString(writer);
    }

    @Override
    public String getConnectionDetails() {
        return real.getConnectionDetails();
    }

    @Override
    public Object clone() {
        return new StartupTolerantConnector((Connector) real.clone());
    }
}
