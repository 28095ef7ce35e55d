package vn.bantin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The WAR on its own, as an operator starts it ({@code java -jar payara-micro.jar --deploy
 * bantin.war}), configured by environment variables only, on the PostgreSQL server of
 * 127.0.0.1:5432 reached through a relay the test can cut: readiness must follow the database
 * down and back up, and readers must get an error page, never a stack trace, meanwhile.
 */
class StandaloneWarIT {

    private static final String DATABASE = "bantin_standalone_it";
    private static final String ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";

    private static Process portal;
    private static TcpRelay database;
    private static URL base;

    @BeforeAll
    static void start() throws Exception {
        try (Connection admin = DriverManager.getConnection(ADMIN_URL, "postgres", "");
                Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            sql.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8' TEMPLATE template0");
        }
        database = new TcpRelay(PortalProcess.freePort(), 5432);
        database.start();

        int port = PortalProcess.freePort();
        Path work = Files.createDirectories(Path.of(System.getProperty("it.work.dir", "target/it")));
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + work.toAbsolutePath(),
                "-jar", System.getProperty("payara.microJar"),
                "--prebootcommandfile", System.getProperty("bantin.preboot"),
                "--deploy", System.getProperty("bantin.war"),
                "--contextroot", "/",
                "--nohazelcast",
                "--port", Integer.toString(port)));
        builder.environment().put("BANTIN_DB_URL", "jdbc:postgresql://127.0.0.1:" + database.port() + "/" + DATABASE);
        builder.environment().put("BANTIN_DB_USER", "postgres");
        builder.environment().put("BANTIN_DEMO", "false");
        builder.environment().put("BANTIN_DATA_DIR", Files.createTempDirectory(work, "standalone-data-").toString());
        builder.redirectErrorStream(true);
        builder.redirectOutput(work.resolve("standalone-war.log").toFile());
        portal = builder.start();
        base = PortalProcess.base(port);
        awaitStatus("/", s -> s == 200, Duration.ofSeconds(180));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        PortalProcess.stop(portal);
        if (database != null) {
            database.close();
        }
    }

    @Test
    void readiness_follows_the_database_down_and_back_up() throws Exception {
        HttpResponse<String> ready = Portal.get(base, "/health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("\"database\"") && ready.body().contains("\"UP\""), ready.body());
        assertTrue(Portal.get(base, "/").body().contains("Chưa có bản tin nào được đăng."),
                "an empty portal says so when demo content is off");

        database.cut();
        HttpResponse<String> down = awaitStatus("/health/ready", s -> s == 503, Duration.ofSeconds(60));
        assertTrue(down.body().contains("\"DOWN\""), down.body());
        HttpResponse<String> home = Portal.get(base, "/");
        assertTrue(home.statusCode() == 200 || home.statusCode() >= 500, "status " + home.statusCode());
        if (home.statusCode() == 200) {
            assertTrue(home.body().contains("Chưa có bản tin nào được đăng."), "a page still cached is served as it was");
        }
        // An address not in the page cache needs the database: a plain error page, no stack trace.
        HttpResponse<String> uncached = Portal.get(base, "/sitemap.xml?khong-trong-bo-dem=" + System.nanoTime());
        assertTrue(uncached.statusCode() >= 500, "status " + uncached.statusCode());
        assertTrue(uncached.body().contains("Đã có lỗi xảy ra"), uncached.body());
        assertFalse(uncached.body().contains("Exception") || uncached.body().contains("at org."), uncached.body());

        database.start();
        awaitStatus("/health/ready", s -> s == 200, Duration.ofSeconds(90));
        assertEquals(200, Portal.get(base, "/").statusCode(), "pages come back with the database");
    }

    private static HttpResponse<String> awaitStatus(String path, Predicate<Integer> wanted, Duration timeout)
            throws InterruptedException {
        return PortalProcess.awaitStatus(portal, base, path, wanted, timeout);
    }
}
