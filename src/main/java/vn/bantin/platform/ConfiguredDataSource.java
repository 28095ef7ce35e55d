package vn.bantin.platform;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The data source class named by {@link DataSourceConfiguration}. The application server pools its
 * connections; this class only picks the driver from the JDBC URL, so that operators switch to
 * PostgreSQL by setting {@code bantin.db.url} alone, and fills in the embedded H2 database inside
 * {@code bantin.data.dir} when no URL is configured.
 */
public class ConfiguredDataSource implements DataSource {

    /** The value of {@code bantin.db.url} that stands for the embedded database. */
    public static final String EMBEDDED = "embedded";

    private String url = EMBEDDED;
    private String user = "";
    private String password = "";
    private DataSource delegate;

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    /** Same as {@link #setUser}: some pools set "userName". */
    public void setUserName(String user) {
        this.user = user;
    }

    static String effectiveUrl(String configured, Path dataDir) {
        if (configured == null || configured.isBlank() || EMBEDDED.equals(configured.trim())
                || configured.startsWith("${")) {
            Path file = dataDir.toAbsolutePath().normalize().resolve("db").resolve("bantin");
            // The database stays open while the server runs; the pool closes it on shutdown.
            return "jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE";
        }
        return configured.trim();
    }

    private synchronized DataSource delegate() {
        if (delegate == null) {
            String jdbcUrl = effectiveUrl(url, PortalSettings.dataDirectory());
            if (jdbcUrl.startsWith("jdbc:postgresql:")) {
                PGSimpleDataSource pg = new PGSimpleDataSource();
                pg.setURL(jdbcUrl);
                // A database that does not answer is told within seconds, not after the OS's minutes,
                // unless the URL says otherwise.
                if (!jdbcUrl.contains("connectTimeout=")) {
                    pg.setConnectTimeout(5);
                }
                if (notBlank(user)) {
                    pg.setUser(user);
                }
                if (notBlank(password)) {
                    pg.setPassword(password);
                }
                delegate = pg;
            } else if (jdbcUrl.startsWith("jdbc:h2:")) {
                JdbcDataSource h2 = new JdbcDataSource();
                h2.setURL(jdbcUrl);
                h2.setUser(notBlank(user) ? user : "bantin");
                h2.setPassword(notBlank(password) ? password : "");
                delegate = h2;
            } else {
                throw new IllegalStateException("bantin.db.url must be a jdbc:postgresql: or jdbc:h2: URL, got "
                        + jdbcUrl.replaceAll("password=[^&;]*", "password=***"));
            }
        }
        return delegate;
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank() && !s.startsWith("${");
    }

    @Override
    public Connection getConnection() throws SQLException {
        return delegate().getConnection();
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
        return delegate().getConnection(username, pass);
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return delegate().getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        delegate().setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        delegate().setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return delegate().getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return Logger.getLogger(ConfiguredDataSource.class.getName());
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        return delegate().unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || delegate().isWrapperFor(iface);
    }
}
