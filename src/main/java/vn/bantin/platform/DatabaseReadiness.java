package vn.bantin.platform;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import vn.bantin.startup.StartupState;

/** Ready means: the database answers and its schema has been migrated. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    private DatabaseStartup startup;

    @Override
    public HealthCheckResponse call() {
        boolean answers;
        try (Connection connection = dataSource.getConnection()) {
            answers = connection.isValid(2);
        } catch (SQLException | RuntimeException e) {
            answers = false;
        }
        return HealthCheckResponse.named("database")
                .status(answers && startup.isMigrated() && StartupState.isReady())
                .withData("answers", answers)
                .withData("schema", startup.isMigrated() ? "migrated" : "pending")
                .withData("started", StartupState.isReady())
                .build();
    }
}
