package vn.bantin.platform;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Settings needed before CDI is up (the data source is created by the server). They are read
 * through MicroProfile Config when it is reachable, else straight from system properties and the
 * environment, with the same names.
 */
public final class PortalSettings {

    private PortalSettings() {
    }

    public static Path dataDirectory() {
        return Path.of(value("bantin.data.dir").orElse("./data"));
    }

    public static Optional<String> value(String key) {
        try {
            Optional<String> configured = ConfigProvider.getConfig().getOptionalValue(key, String.class);
            if (configured.isPresent()) {
                return configured.filter(v -> !v.isBlank());
            }
        } catch (RuntimeException | LinkageError configNotReachable) {
            // fall through to the plain lookups below
        }
        String fromProperty = System.getProperty(key);
        if (fromProperty != null && !fromProperty.isBlank()) {
            return Optional.of(fromProperty);
        }
        String fromEnvironment = System.getenv(key.toUpperCase().replace('.', '_'));
        return Optional.ofNullable(fromEnvironment).filter(v -> !v.isBlank());
    }
}
