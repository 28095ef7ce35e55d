package vn.bantin.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Gives the integration tests a database of their own, once per run, before any portal starts:
 * an empty H2 data directory, or (postgres profile) a freshly created PostgreSQL database.
 * Only acts in the failsafe run, which sets it.work.dir.
 */
public class FreshDatabase implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("it.work.dir") == null) {
            return;
        }
        String adminUrl = System.getProperty("it.db.admin.url", "");
        if (adminUrl.isBlank()) {
            deleteTree(Path.of(System.getProperty("it.data.dir")));
        } else {
            recreate(adminUrl, System.getProperty("it.db.url"), System.getProperty("it.db.user"),
                    System.getProperty("it.db.password", ""));
        }
    }

    /** Drops and creates the database that {@code url} names, through the server at {@code adminUrl}. */
    public static void recreate(String adminUrl, String url, String user, String password) {
        String database = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Unexpected test database name: " + database);
        }
        try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + database + " ENCODING 'UTF8' TEMPLATE template0");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the PostgreSQL test database at " + adminUrl, e);
        }
    }

    public static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
