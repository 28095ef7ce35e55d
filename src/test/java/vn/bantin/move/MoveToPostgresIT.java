package vn.bantin.move;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.bantin.media.TestImages;
import vn.bantin.testing.Fixtures;
import vn.bantin.testing.FreshDatabase;
import vn.bantin.testing.Portal;
import vn.bantin.testing.PortalProcess;
import vn.bantin.testing.StaffClient;

/**
 * An operator outgrows the embedded database: the demo site with a few edits, moved by
 * {@code config/move-to-postgresql.sh} into a new PostgreSQL database, reads the same there.
 * Runs in the PostgreSQL pass only.
 */
class MoveToPostgresIT {

    private static final String DATABASE = "bantin_move_it";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private Process portal;

    @AfterEach
    void stopPortal() throws InterruptedException {
        PortalProcess.stop(portal);
    }

    private Process start(String logName, int port, Map<String, String> database) throws Exception {
        Map<String, String> environment = new HashMap<>(database);
        environment.put("BANTIN_ADMIN_PASSWORD", Fixtures.ADMIN_PASSWORD);
        portal = PortalProcess.start(logName, port, environment);
        PortalProcess.awaitStatus(portal, PortalProcess.base(port), "/health/ready", s -> s == 200, Duration.ofMinutes(3));
        return portal;
    }

    private static HttpResponse<byte[]> get(URL base, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(Portal.resolve(base, path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpResponse<String> write(URL base, String method, String path, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(Portal.resolve(base, path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json; charset=UTF-8")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("admin:" + Fixtures.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    /** What a reader gets: the status and the body (pages without their per-answer nonces). */
    private static String seen(URL base, String path) throws Exception {
        HttpResponse<byte[]> answer = get(base, path);
        String type = answer.headers().firstValue("Content-Type").orElse("");
        String body = type.startsWith("image/") ? HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(answer.body()))
                : new String(answer.body(), StandardCharsets.UTF_8).replaceAll("nonce=\"[^\"]*\"", "nonce");
        // Related bulletins are ranked by the search index, which the new portal builds afresh (the
        // old one's also counts what was deleted from it): the same bulletins, perhaps in another order.
        java.util.regex.Matcher related = java.util.regex.Pattern.compile("(?s)<section class=\"related\".*?</section>").matcher(body);
        if (related.find()) {
            List<String> links = new ArrayList<>(Jsoup.parse(related.group()).select("a").eachAttr("href"));
            java.util.Collections.sort(links);
            body = body.substring(0, related.start()) + "related: " + links + body.substring(related.end());
        }
        return answer.statusCode() + " " + type + "\n" + body;
    }

    private static Result move(Path dataDir, String url) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", "config/move-to-postgresql.sh", "--data-dir", dataDir.toString(),
                "--db-url", url, "--db-user", System.getProperty("it.db.user"), "--war", System.getProperty("bantin.war"))
                .redirectErrorStream(true);
        builder.environment().put("BANTIN_DB_PASSWORD", System.getProperty("it.db.password", ""));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the move did not finish");
        return new Result(process.exitValue(), output);
    }

    private record Result(int exit, String output) {
    }

    private static String digest(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @Test
    void the_demo_site_with_edits_moves_into_postgresql_and_reads_the_same_there() throws Exception {
        Path dataDir = Path.of(PortalProcess.dataDirectory("move-embedded-"));
        int port = PortalProcess.freePort();
        URL base = PortalProcess.base(port);
        Map<String, String> embedded = new HashMap<>();
        embedded.put("BANTIN_DATA_DIR", dataDir.toString());
        embedded.put("BANTIN_DB_URL", null);
        embedded.put("BANTIN_DB_USER", null);
        embedded.put("BANTIN_DB_PASSWORD", null);
        start("move-embedded", port, embedded);

        // A few edits on top of the demo site: a new bulletin with a picture, an edited one, a withdrawn one.
        String created = Json.createObjectBuilder().add("title", "Tin mới trước khi chuyển cơ sở dữ liệu")
                .add("lead", "Tóm tắt tin mới.").add("body", "<p>Nội dung tin mới.</p>").add("category", "thoi-su")
                .add("status", "published")
                .add("figures", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("data", Base64.getEncoder().encodeToString(TestImages.jpegWithExif(640, 360)))
                        .add("alt", "Hội trường đông kín đại biểu, sân khấu treo băng rôn đỏ")
                        .add("caption", "Các đại biểu dự Hội nghị")))
                .build().toString();
        HttpResponse<String> made = write(base, "POST", "/api/v1/bulletins", created);
        assertEquals(201, made.statusCode(), made.body());
        String fresh = json(made.body()).getString("slug");

        var list = json(new String(get(base, "/api/v1/bulletins").body(), StandardCharsets.UTF_8)).getJsonArray("items");
        String editedSlug = list.getJsonObject(1).getString("slug");
        String withdrawnSlug = list.getJsonObject(2).getString("slug");
        JsonObject edited = json(new String(get(base, "/api/v1/bulletins/" + editedSlug).body(), StandardCharsets.UTF_8));
        HttpResponse<String> edit = write(base, "PUT", "/api/v1/bulletins/" + editedSlug, Json.createObjectBuilder()
                .add("title", edited.getString("title") + " (đã cập nhật)").add("lead", edited.getString("lead"))
                .add("body", "<p>Nội dung đã cập nhật.</p>").add("category", edited.getJsonObject("category").getString("slug"))
                .add("status", "published").add("version", edited.getJsonNumber("version").longValue()).build().toString());
        assertEquals(200, edit.statusCode(), edit.body());
        assertEquals(200, write(base, "DELETE", "/api/v1/bulletins/" + withdrawnSlug, "").statusCode());
        // Readings, and a wrong password (the audit log and the sign-in count move too).
        String counter = Jsoup.parse(new String(get(base, "/tin-tuc/" + fresh).body(), StandardCharsets.UTF_8))
                .selectFirst("img.reading-image").attr("src");
        for (int i = 0; i < 7; i++) {
            assertEquals(200, get(base, counter).statusCode());
        }
        StaffClient.signInMessages(base, "admin", "Sai-mat-khau-1");
        StaffClient.signInMessages(base, "khong-co-tai-khoan", "Sai-mat-khau-2");
        Thread.sleep(11_000); // the readings reach the database at the next ten-second flush

        PortalProcess.stop(portal);
        portal = null;
        // The stopped portal wrote its last reading counts as it stopped; now read what readers saw.
        start("move-embedded-again", port, embedded);
        String image = Jsoup.parse(new String(get(base, "/tin-tuc/" + fresh).body(), StandardCharsets.UTF_8))
                .selectFirst("article figure img").attr("src");
        List<String> paths = List.of("/", "/chuyen-muc/thoi-su", "/tin-tuc/" + fresh, "/tin-tuc/" + editedSlug,
                "/tin-tuc/" + withdrawnSlug, "/api/v1/bulletins", "/api/v1/bulletins/" + fresh, "/rss",
                "/api/v1/search?q=tin+moi+truoc+khi+chuyen", image);
        Map<String, String> before = new LinkedHashMap<>();
        for (String path : paths) {
            before.put(path, seen(base, path));
        }
        assertTrue(before.get("/").contains("Tin mới trước khi chuyển cơ sở dữ liệu"), "the new bulletin is most read");
        PortalProcess.stop(portal);
        portal = null;

        Path file = dataDir.resolve("db").resolve("bantin.mv.db");
        String sourceDigest = digest(file);
        String adminUrl = System.getProperty("it.db.admin.url");
        String url = adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + DATABASE;
        FreshDatabase.recreate(adminUrl, url, System.getProperty("it.db.user"), System.getProperty("it.db.password", ""));
        Result moved = move(dataDir, url);
        assertEquals(0, moved.exit(), moved.output());
        assertTrue(moved.output().contains("Moved: every table holds as many rows"), moved.output());
        for (String table : List.of("bulletin ", "figure ", "image_data ", "bulletin_revision ", "category ", "user_account ",
                "audit_entry ", "bulletin_daily_views ", "unknown_sign_in ")) {
            assertTrue(moved.output().lines().anyMatch(l -> l.startsWith(table) && !l.matches(".*\\s0 rows")),
                    table.strip() + " moved with rows:\n" + moved.output());
        }
        Result again = move(dataDir, url);
        assertEquals(1, again.exit(), "a target that is not empty is refused: " + again.output());
        assertTrue(again.output().contains("not empty"), again.output());
        assertEquals(sourceDigest, digest(file), "the embedded database is left as it was");

        Map<String, String> onPostgres = new HashMap<>();
        onPostgres.put("BANTIN_DATA_DIR", PortalProcess.dataDirectory("move-postgres-"));
        onPostgres.put("BANTIN_DB_URL", url);
        onPostgres.put("BANTIN_DB_USER", System.getProperty("it.db.user"));
        onPostgres.put("BANTIN_DB_PASSWORD", System.getProperty("it.db.password", ""));
        start("move-postgres", port, onPostgres);
        List<String> differ = new ArrayList<>();
        for (String path : paths) {
            if (!before.get(path).equals(seen(base, path))) {
                differ.add(path);
            }
        }
        assertEquals(List.of(), differ, "pages and API answers that differ after the move; first one before:\n"
                + (differ.isEmpty() ? "" : before.get(differ.get(0)) + "\nafter:\n" + seen(base, differ.get(0))));
        // Accounts keep their password hashes; new rows continue the sequences without a clash.
        StaffClient admin = new StaffClient(base, "admin", Fixtures.ADMIN_PASSWORD);
        assertNotNull(admin.page("/admin/").getElementById("bang"));
        HttpResponse<String> another = write(base, "POST", "/api/v1/bulletins", created.replace("Tin mới", "Tin sau"));
        assertEquals(201, another.statusCode(), another.body());
        assertArrayEquals(get(base, image).body(), get(base, image).body());
    }
}
