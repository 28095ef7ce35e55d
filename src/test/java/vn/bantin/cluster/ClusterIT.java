package vn.bantin.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.jsoup.nodes.Document;

import vn.bantin.testing.Fixtures;
import vn.bantin.testing.FreshDatabase;
import vn.bantin.testing.PortalProcess;
import vn.bantin.testing.StaffClient;

/**
 * Two nodes on one PostgreSQL database behind nginx, started with {@code config/cluster.sh} as an
 * operator would: what one node commits, the other serves within a second. Runs in the
 * PostgreSQL pass only (a cluster needs a database every node reaches).
 */
class ClusterIT {

    private static final String DATABASE = "bantin_cluster_it";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private static Path dir;
    private static int port;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        String adminUrl = System.getProperty("it.db.admin.url");
        String url = adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + DATABASE;
        FreshDatabase.recreate(adminUrl, url, System.getProperty("it.db.user"), System.getProperty("it.db.password", ""));
        dir = Path.of(System.getProperty("it.work.dir"), "cluster");
        FreshDatabase.deleteTree(dir);
        Files.createDirectories(dir);
        port = PortalProcess.freePort();
        int gridPort = PortalProcess.freePort();
        String output = cluster("start", "--nodes", "2", "--port", Integer.toString(port),
                "--db-url", url, "--db-user", System.getProperty("it.db.user"),
                "--dir", dir.toString(), "--war", System.getProperty("bantin.war"),
                "--micro", System.getProperty("payara.microJar"), "--grid-port", Integer.toString(gridPort));
        assertTrue(output.contains("node 1 port " + (port + 1)) && output.contains("node 2 port " + (port + 2))
                && output.contains("nginx port " + port), output);
    }

    @AfterAll
    static void stop() throws Exception {
        if (dir != null) {
            cluster("stop", "--dir", dir.toString());
        }
    }

    /** Runs config/cluster.sh, fails on a non-zero exit, answers what it printed. */
    private static String cluster(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", "config/cluster.sh"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("BANTIN_ADMIN_PASSWORD", Fixtures.ADMIN_PASSWORD);
        // The test's own JVM settings are not the nodes'.
        builder.environment().remove("BANTIN_DB_URL");
        builder.environment().remove("BANTIN_DB_USER");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(10, TimeUnit.MINUTES), "cluster.sh " + arguments[0] + " did not finish");
        assertEquals(0, process.exitValue(), "cluster.sh " + String.join(" ", arguments) + ":\n" + output);
        return output;
    }

    private static URI node(int number, String path) {
        return URI.create("http://127.0.0.1:" + (port + number) + path);
    }

    private static URL nodeAddress(int number) throws Exception {
        return node(number, "/").toURL();
    }

    private static HttpResponse<String> send(String method, URI uri, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json; charset=UTF-8")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("admin:" + Fixtures.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(URI uri) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    /** Milliseconds until node 2 answers {@code path} as wanted; fails after five seconds. */
    private static long millisUntilNodeTwo(String path, Predicate<HttpResponse<String>> wanted) throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> last = null;
        while (System.nanoTime() - started < TimeUnit.SECONDS.toNanos(5)) {
            last = get(node(2, path));
            if (wanted.test(last)) {
                return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            }
            Thread.sleep(20);
        }
        throw new AssertionError("node 2 still answers " + path + " with " + (last == null ? "nothing" : last.statusCode()));
    }

    @Test
    void what_node_one_publishes_edits_and_withdraws_node_two_serves_within_a_second() throws Exception {
        List<Long> delays = new ArrayList<>();
        for (int round = 1; round <= 17; round++) {
            String title = "Tin cụm máy chủ số " + round;
            String draft = Json.createObjectBuilder().add("title", title).add("lead", "Tóm tắt " + round)
                    .add("body", "<p>Nội dung " + round + "</p>").add("category", "thoi-su").add("status", "published")
                    .build().toString();
            // Node 2 has served the list before, so it holds a cached copy that must go.
            assertEquals(200, get(node(2, "/")).statusCode());
            HttpResponse<String> created = send("POST", node(1, "/api/v1/bulletins"), draft);
            assertEquals(201, created.statusCode(), created.body());
            JsonObject bulletin = json(created.body());
            String page = "/tin-tuc/" + bulletin.getString("slug");
            delays.add(millisUntilNodeTwo(page, r -> r.statusCode() == 200 && r.body().contains(title)));

            String edited = title + " (đã sửa)";
            String edit = Json.createObjectBuilder().add("title", edited).add("lead", "Tóm tắt " + round)
                    .add("body", "<p>Nội dung " + round + "</p>").add("category", "thoi-su").add("status", "published")
                    .add("version", bulletin.getJsonNumber("version").longValue()).build().toString();
            HttpResponse<String> updated = send("PUT", node(1, "/api/v1/bulletins/" + bulletin.getString("slug")), edit);
            assertEquals(200, updated.statusCode(), updated.body());
            delays.add(millisUntilNodeTwo(page, r -> r.statusCode() == 200 && r.body().contains(edited)));

            HttpResponse<String> withdrawn = send("DELETE", node(1, "/api/v1/bulletins/" + bulletin.getString("slug")), null);
            assertEquals(200, withdrawn.statusCode(), withdrawn.body());
            delays.add(millisUntilNodeTwo(page, r -> r.statusCode() == 404));
            assertEquals(404, get(node(2, page)).statusCode(), "never a withdrawn bulletin after that");
        }
        Collections.sort(delays);
        long p99 = delays.get((int) Math.ceil(delays.size() * 0.99) - 1);
        System.out.println("ClusterIT: node 2 followed node 1 in p99 " + p99 + " ms, at most "
                + delays.get(delays.size() - 1) + " ms, over " + delays.size() + " changes");
        assertTrue(p99 <= 1000, "p99 " + p99 + " ms over " + delays.size() + " changes: " + delays);
    }

    @Test
    void what_node_one_publishes_is_found_by_searching_node_two_and_served_through_nginx() throws Exception {
        String title = "Lịch tiếp công dân cụm hai nút";
        String draft = Json.createObjectBuilder().add("title", title).add("lead", "Lịch tiếp công dân tháng Mười hai.")
                .add("body", "<p>Tiếp công dân vào thứ Năm.</p>").add("category", "thoi-su").add("status", "published")
                .build().toString();
        HttpResponse<String> created = send("POST", node(1, "/api/v1/bulletins"), draft);
        assertEquals(201, created.statusCode(), created.body());
        long found = millisUntilNodeTwo("/api/v1/search?q=tiep+cong+dan+cum+hai+nut",
                r -> r.statusCode() == 200 && r.body().contains(title));
        assertTrue(found <= 2000, "found on node 2 after " + found + " ms");

        String slug = json(created.body()).getString("slug");
        HttpResponse<String> throughNginx = get(URI.create("http://127.0.0.1:" + port + "/tin-tuc/" + slug));
        assertEquals(200, throughNginx.statusCode());
        assertTrue(throughNginx.body().contains(title));
    }

    @Test
    void an_editors_session_moves_between_nodes_and_signing_out_on_one_ends_it_on_both() throws Exception {
        StaffClient onOne = new StaffClient(nodeAddress(1), "admin", Fixtures.ADMIN_PASSWORD);
        StaffClient onTwo = onOne.at(nodeAddress(2));
        assertTrue(onTwo.page("/admin/").getElementById("bang") != null, "node 2 knows the session node 1 signed in");

        // A form opened on node 1 and sent to node 2: its view state and view-scoped bean travel too.
        Document sections = onOne.page("/admin/chuyen-muc.xhtml");
        HttpResponse<String> created = onTwo.postFormWithState("/admin/chuyen-muc.xhtml", "chuyen-muc",
                java.util.Map.of("chuyen-muc:new-name", "Tin cụm máy chủ", StaffClient.NONCE, StaffClient.nonce(sections)),
                "chuyen-muc:create", StaffClient.viewState(sections));
        assertEquals(200, created.statusCode());
        assertTrue(created.body().contains("Tin cụm máy chủ"), "the form sent to node 2 was applied:\n"
                + org.jsoup.Jsoup.parse(created.body()).select("main").text());
        assertEquals(200, get(node(1, "/chuyen-muc/tin-cum-may-chu")).statusCode(), "and the section is public on node 1");

        HttpResponse<String> signedOut = onTwo.send(HttpRequest.newBuilder(node(2, "/admin/dang-xuat"))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, signedOut.statusCode());
        assertTrue(onOne.page("/admin/").getElementById("bang") == null, "signed out on node 2, signed out on node 1");
    }

    @Test
    void five_failed_sign_ins_spread_over_both_nodes_pause_the_name_on_both() throws Exception {
        StaffClient admin = new StaffClient(nodeAddress(1), "admin", Fixtures.ADMIN_PASSWORD);
        StaffClient.ensureAccount(nodeAddress(1), "bien-tap-cum", "Biên tập cụm", "Mat-khau-cum-2026", "EDITOR");
        String paused = "Đăng nhập sai quá nhiều lần";
        // A real account and a name nobody has: the same five tries pause both, whichever node counts them.
        for (String name : List.of("bien-tap-cum", "khong-ai-co-ten-nay")) {
            for (int attempt = 1; attempt <= 5; attempt++) {
                String answer = StaffClient.signInMessages(nodeAddress(1 + attempt % 2), name, "Sai-mat-khau-" + attempt);
                assertTrue(answer.contains("không đúng") || (attempt == 5 && answer.contains(paused)),
                        name + ", attempt " + attempt + ": " + answer);
            }
            for (int node = 1; node <= 2; node++) {
                String answer = StaffClient.signInMessages(nodeAddress(node), name, "Mat-khau-cum-2026");
                assertTrue(answer.contains(paused), name + " on node " + node + ": " + answer);
            }
        }
        assertTrue(admin.page("/admin/").getElementById("bang") != null, "other accounts are not paused");
    }
}
