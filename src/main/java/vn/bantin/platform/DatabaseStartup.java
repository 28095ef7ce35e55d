package vn.bantin.platform;

import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date with Flyway when the portal starts, then tells the rest of the
 * portal ({@link SchemaReady}) that the database may be used. A migration that fails stops the
 * deployment: serving pages on a schema of the wrong version would be worse than not starting.
 */
@Singleton
@Startup
public class DatabaseStartup {

    private static final Logger LOG = Logger.getLogger(DatabaseStartup.class.getName());

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    private Event<SchemaReady> schemaReady;

    private volatile boolean migrated;

    @PostConstruct
    void migrate() {
        Flyway.configure(DatabaseStartup.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        migrated = true;
        LOG.info("Database schema is up to date");
        try {
            schemaReady.fire(new SchemaReady());
        } catch (RuntimeException e) {
            // A failing listener (demo content, say) must not take a working portal down.
            LOG.log(Level.SEVERE, "A start-up task failed after the migration", e);
        }
    }

    public boolean isMigrated() {
        return migrated;
    }

    /** Fired once, after the schema has been migrated; listeners may then use the database. */
    public static final class SchemaReady {
    }
}
