package vn.bantin.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.bantin.testing.Fixtures;
import vn.bantin.testing.Portal;
import vn.bantin.testing.FreshDatabase;
import vn.bantin.testing.PortalProcess;
import vn.bantin.testing.StaffClient;
import vn.bantin.testing.TcpRelay;

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
        FreshDatabase.recreate(ADMIN_URL, "jdbc:postgresql://127.0.0.1:5432/" + DATABASE, "postgres", "");
        database = new TcpRelay(PortalProcess.freePort(), 5432);
        database.start();

        int port = PortalProcess.freePort();
        portal = PortalProcess.start("standalone-war", port, java.util.Map.of(
                "BANTIN_DB_URL", "jdbc:postgresql://127.0.0.1:" + database.port() + "/" + DATABASE,
                "BANTIN_DB_USER", "postgres",
                "BANTIN_DEMO", "false",
                "BANTIN_DATA_DIR", PortalProcess.dataDirectory("standalone-data-")));
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
        // An address not in the page cache needs the database: 503, come back shortly; no stack trace.
        HttpResponse<String> uncached = Portal.get(base, "/sitemap.xml?khong-trong-bo-dem=" + System.nanoTime());
        assertEquals(503, uncached.statusCode(), uncached.body());
        assertEquals("5", uncached.headers().firstValue("Retry-After").orElse(""));
        assertTrue(uncached.body().contains("Tạm thời không phục vụ được"), uncached.body());
        assertFalse(uncached.body().contains("Exception") || uncached.body().contains("at org."), uncached.body());

        database.start();
        awaitStatus("/health/ready", s -> s == 200, Duration.ofSeconds(90));
        assertEquals(200, Portal.get(base, "/").statusCode(), "pages come back with the database");
    }

    /** One answer seen by a reader or the writer during the outage test. */
    private record Seen(String what, int status, long millis, String retryAfter) {
    }

    @Test
    void a_database_restart_under_readers_and_a_writer_answers_503_then_recovers_and_loses_no_write() throws Exception {
        StaffClient admin = new StaffClient(base, "admin", Fixtures.ADMIN_PASSWORD);
        admin.postForm("/admin/chuyen-muc.xhtml", "chuyen-muc", java.util.Map.of("chuyen-muc:new-name", "Tin nhanh"),
                "chuyen-muc:create");
        String picture = java.util.Base64.getEncoder().encodeToString(vn.bantin.media.TestImages.jpegWithExif(64, 48));
        String auth = "Basic " + java.util.Base64.getEncoder().encodeToString(("admin:" + Fixtures.ADMIN_PASSWORD)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        java.util.concurrent.atomic.AtomicBoolean running = new java.util.concurrent.atomic.AtomicBoolean(true);
        java.util.concurrent.atomic.AtomicInteger unique = new java.util.concurrent.atomic.AtomicInteger();
        List<Seen> reads = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<Seen> writes = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<Thread> clients = new java.util.ArrayList<>();
        for (int r = 0; r < 3; r++) {
            clients.add(new Thread(() -> {
                List<String> paths = List.of("/", "/chuyen-muc/tin-nhanh", "/api/v1/bulletins", "/sitemap.xml?r=");
                for (int i = 0; running.get(); i++) {
                    String path = paths.get(i % paths.size());
                    path = path.endsWith("=") ? path + unique.incrementAndGet() : path;
                    long started = System.nanoTime();
                    try {
                        HttpResponse<String> answer = http.send(java.net.http.HttpRequest.newBuilder(Portal.resolve(base, path))
                                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
                        reads.add(new Seen(path, answer.statusCode(), (System.nanoTime() - started) / 1_000_000,
                                answer.headers().firstValue("Retry-After").orElse(null)));
                    } catch (Exception e) {
                        reads.add(new Seen(path + " " + e, -1, (System.nanoTime() - started) / 1_000_000, null));
                    }
                }
            }));
        }
        clients.add(new Thread(() -> {
            for (int i = 0; running.get(); i++) {
                String title = "Ghi trong su co so " + i;
                String json = jakarta.json.Json.createObjectBuilder().add("title", title).add("category", "tin-nhanh")
                        .add("lead", "Tóm tắt.").add("body", "<p>Nội dung.</p>").add("status", "published")
                        .add("figures", jakarta.json.Json.createArrayBuilder().add(jakarta.json.Json.createObjectBuilder()
                                .add("data", picture).add("alt", "Ảnh minh họa số " + i))).build().toString();
                long started = System.nanoTime();
                try {
                    HttpResponse<String> answer = http.send(java.net.http.HttpRequest.newBuilder(
                            Portal.resolve(base, "/api/v1/bulletins")).timeout(Duration.ofSeconds(30))
                            .header("Authorization", auth).header("Content-Type", "application/json; charset=UTF-8")
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(json)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    writes.add(new Seen(title, answer.statusCode(), (System.nanoTime() - started) / 1_000_000,
                            answer.headers().firstValue("Retry-After").orElse(null)));
                } catch (Exception e) {
                    writes.add(new Seen(title, -1, (System.nanoTime() - started) / 1_000_000, null));
                }
            }
        }));
        clients.forEach(Thread::start);
        Thread.sleep(3_000);
        database.cut();
        Thread.sleep(8_000);
        database.start();
        long back = System.nanoTime();
        awaitStatus("/sitemap.xml?sau-su-co=1", s -> s == 200, Duration.ofSeconds(30));
        long recoveredMillis = (System.nanoTime() - back) / 1_000_000;
        Thread.sleep(3_000);
        running.set(false);
        for (Thread client : clients) {
            client.join(60_000);
        }

        assertTrue(recoveredMillis <= 10_000, "recovered by itself " + recoveredMillis + " ms after the database returned");
        String summary = reads.stream().collect(java.util.stream.Collectors.groupingBy(Seen::status,
                java.util.TreeMap::new, java.util.stream.Collectors.summarizingLong(Seen::millis))).toString();
        assertTrue(reads.stream().anyMatch(seen -> seen.status() == 503), "readers were told to come back: " + summary);
        for (Seen read : reads) {
            assertTrue(read.status() == 200 || read.status() == 503, "a reader got " + read);
            assertTrue(read.status() != 503 || read.retryAfter() != null, "503 says when to retry: " + read);
            assertTrue(read.millis() <= 6_000, "answered within seconds, not after the outage: " + read);
        }
        assertTrue(writes.stream().anyMatch(seen -> seen.status() == 201), "writes went through before and after");
        for (Seen write : writes) {
            assertTrue(write.status() == 201 || write.status() == 503 || write.status() == -1, "the writer got " + write);
            String slug = vn.bantin.text.VietnameseText.slug(write.what());
            HttpResponse<String> stored = Portal.get(base, "/api/v1/bulletins/" + slug);
            if (write.status() == 201) {
                assertEquals(200, stored.statusCode(), "a write answered 201 is kept: " + write);
            }
            if (stored.statusCode() == 200) {
                assertTrue(stored.body().contains("Ảnh minh họa số"), "never a bulletin without its picture: " + stored.body());
            }
        }
    }

    private static HttpResponse<String> awaitStatus(String path, Predicate<Integer> wanted, Duration timeout)
            throws InterruptedException {
        return PortalProcess.awaitStatus(portal, base, path, wanted, timeout);
    }
}
