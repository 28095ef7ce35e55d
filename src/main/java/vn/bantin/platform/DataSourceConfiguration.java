package vn.bantin.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The portal's only data source, defined inside the WAR so that a bare
 * {@code java -jar payara-micro.jar --deploy bantin.war} serves it. Values come from MicroProfile
 * Config (system properties, environment variables, or the defaults in
 * {@code META-INF/microprofile-config.properties}).
 */
@DataSourceDefinition(
        name = DataSourceConfiguration.JNDI_NAME,
        className = "vn.bantin.platform.ConfiguredDataSource",
        url = "${MPCONFIG=bantin.db.url}",
        user = "${MPCONFIG=bantin.db.user}",
        password = "${MPCONFIG=bantin.db.password}",
        minPoolSize = 1,
        maxPoolSize = 32,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.fail-all-connections=true",
            // While the database is away, a request waits at most this long for a connection and
            // is then answered 503, instead of waiting for the whole outage (default 60 s).
            "fish.payara.max-wait-time-in-millis=4000"
        })
@ApplicationScoped
public class DataSourceConfiguration {
    public static final String JNDI_NAME = "java:app/jdbc/bantin";
}
