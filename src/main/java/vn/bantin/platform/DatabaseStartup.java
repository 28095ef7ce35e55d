package vn.bantin.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date with Flyway, as the first step of the start-up sequence
 * ({@code vn.bantin.startup.StartupSequence}). A migration that fails stops the start: serving pages
 * on a schema of the wrong version would be worse than not starting.
 */
@ApplicationScoped
public class DatabaseStartup {

    private static final Logger LOG = Logger.getLogger(DatabaseStartup.class.getName());

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    private DataSource dataSource;

    private volatile boolean migrated;

    /**
     * Migrates the schema, or answers false when the database does not answer at all. A database
     * that answers but cannot be migrated is an error (thrown), not something to wait for.
     */
    public boolean migrateIfAvailable() {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid(5)) {
                return false;
            }
        } catch (SQLException | RuntimeException notAnswering) {
            return false;
        }
        migrate();
        return true;
    }

    void migrate() {
        Flyway.configure(DatabaseStartup.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        migrated = true;
        LOG.info("Database schema is up to date");
    }

    public boolean isMigrated() {
        return migrated;
    }
}
