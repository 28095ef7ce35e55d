package vn.bantin.feedback;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** What the accessibility statement says of this build: when its automated checks last ran. */
@Named
@ApplicationScoped
public class StatementView {

    private final Instant builtAt = readBuiltAt();

    /** When Maven built the running WAR (its checks run in that build); null when not built by Maven. */
    public Instant getBuiltAt() {
        return builtAt;
    }

    private static Instant readBuiltAt() {
        try (InputStream in = StatementView.class.getResourceAsStream("build.properties")) {
            if (in == null) {
                return null;
            }
            Properties properties = new Properties();
            properties.load(in);
            return Instant.parse(properties.getProperty("built", ""));
        } catch (DateTimeParseException notFiltered) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
