package vn.bantin.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import vn.bantin.testing.Portal;
import vn.bantin.testing.FreshDatabase;
import vn.bantin.testing.PortalProcess;
import vn.bantin.testing.TcpRelay;

/**
 * The portal started before its PostgreSQL database is reachable, as after a power cut where the
 * application server comes up first: it deploys, answers 503 with Retry-After, and starts by itself
 * once the database answers.
 */
class DatabaseWaitIT {

    private static final String DATABASE = "bantin_wait_it";
    private static final String ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";

    private static Process portal;
    private static TcpRelay database;

    @AfterAll
    static void stop() throws InterruptedException {
        PortalProcess.stop(portal);
        if (database != null) {
            database.close();
        }
    }

    @Test
    void a_portal_started_before_its_database_waits_for_it_then_starts() throws Exception {
        FreshDatabase.recreate(ADMIN_URL, "jdbc:postgresql://127.0.0.1:5432/" + DATABASE, "postgres", "");
        // The relay stands for the database's address; it does not listen until the database "is up".
        database = new TcpRelay(PortalProcess.freePort(), 5432);
        int port = PortalProcess.freePort();
        portal = PortalProcess.start("database-wait", port, Map.of(
                "BANTIN_DB_URL", "jdbc:postgresql://127.0.0.1:" + database.port() + "/" + DATABASE,
                "BANTIN_DB_USER", "postgres",
                "BANTIN_DB_WAIT", "300",
                "BANTIN_DATA_DIR", PortalProcess.dataDirectory("wait-data-")));
        URL base = PortalProcess.base(port);

        HttpResponse<String> waiting = PortalProcess.awaitStatus(portal, base, "/", s -> s == 503, Duration.ofSeconds(180));
        assertEquals("10", waiting.headers().firstValue("Retry-After").orElse(""), "says when to try again");
        assertTrue(waiting.body().contains("đang chờ cơ sở dữ liệu"), waiting.body());
        HttpResponse<String> readiness = Portal.get(base, "/health/ready");
        assertEquals(503, readiness.statusCode(), "not ready while waiting");
        assertTrue(readiness.body().contains("\"started\":\"false\""), readiness.body());
        assertEquals(200, Portal.get(base, "/health/live").statusCode(), "but alive: no reason to restart it");

        database.start();
        PortalProcess.awaitStatus(portal, base, "/health/ready", s -> s == 200, Duration.ofSeconds(60));
        HttpResponse<String> home = Portal.get(base, "/");
        assertEquals(200, home.statusCode(), "started by itself once the database answered");
        assertTrue(home.body().contains("Hội nghị"), "with its demo content");
        assertEquals(200, Portal.get(base, "/tim-kiem?q=hoi+nghi").statusCode(), "and its search index");
    }
}
