package vn.bantin.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import vn.bantin.testing.Portal;
import vn.bantin.testing.PortalProcess;

/**
 * The portal killed (SIGKILL, as by the kernel's out-of-memory killer or a power cut) in the middle
 * of API writes, then started again on the same data: no bulletin lacks its figures, and search
 * finds exactly the bulletins the database has.
 */
class KillIT {

    private static final String ADMIN_PASSWORD = "Quan-tri-ngat-dot-ngot-2026";
    private static final String TOKEN = "Kiemtrangatdien";

    private static HttpResponse<String> post(HttpClient http, URL base, String json) throws Exception {
        String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(Portal.resolve(base, "/api/v1/bulletins")).timeout(Duration.ofSeconds(30))
                .header("Authorization", auth).header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void killed_in_the_middle_of_writes_it_comes_back_whole_and_search_agrees() throws Exception {
        Map<String, String> environment = new HashMap<>();
        environment.put("BANTIN_DB_URL", null);
        environment.put("BANTIN_DATA_DIR", PortalProcess.dataDirectory("kill-data-"));
        environment.put("BANTIN_ADMIN_PASSWORD", ADMIN_PASSWORD);
        int port = PortalProcess.freePort();
        URL base = PortalProcess.base(port);
        Process portal = PortalProcess.start("kill-first", port, environment);
        AtomicInteger attempted = new AtomicInteger();
        try {
            PortalProcess.awaitStatus(portal, base, "/health/ready", s -> s == 200, Duration.ofSeconds(180));
            String picture = Base64.getEncoder().encodeToString(vn.bantin.media.TestImages.jpegWithExif(320, 180));
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            List<Thread> writers = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                writers.add(new Thread(() -> {
                    while (true) {
                        int n = attempted.getAndIncrement();
                        if (n >= 90) {
                            return;
                        }
                        var figures = Json.createArrayBuilder();
                        for (int f = 0; f < 3; f++) {
                            figures.add(Json.createObjectBuilder().add("data", picture).add("alt", "Ảnh " + f + " của bản tin " + n));
                        }
                        String json = Json.createObjectBuilder().add("title", TOKEN + " so " + n).add("category", "thoi-su")
                                .add("lead", "Tóm tắt.").add("body", "<p>Nội dung.</p>").add("status", "published")
                                .add("figures", figures).build().toString();
                        try {
                            post(http, base, json);
                        } catch (Exception killed) {
                            return;
                        }
                    }
                }));
            }
            writers.forEach(Thread::start);
            Thread.sleep(4_000);
            portal.destroyForcibly();
            assertTrue(portal.waitFor(30, TimeUnit.SECONDS), "killed");
            for (Thread writer : writers) {
                writer.join(30_000);
            }
        } finally {
            PortalProcess.stop(portal);
        }
        assertTrue(Math.min(attempted.get(), 90) > 2, "writes were under way: " + attempted.get());

        Process again = PortalProcess.start("kill-second", port, environment);
        try {
            PortalProcess.awaitStatus(again, base, "/health/ready", s -> s == 200, Duration.ofSeconds(180));
            Set<String> kept = new HashSet<>();
            for (int n = 0; n < Math.min(attempted.get(), 90); n++) {
                String slug = vn.bantin.text.VietnameseText.slug(TOKEN + " so " + n);
                HttpResponse<String> stored = Portal.get(base, "/api/v1/bulletins/" + slug);
                assertTrue(stored.statusCode() == 200 || stored.statusCode() == 404, slug + ": " + stored.statusCode());
                if (stored.statusCode() == 200) {
                    try (var reader = Json.createReader(new StringReader(stored.body()))) {
                        assertEquals(3, reader.readObject().getJsonArray("figures").size(), "all its figures: " + slug);
                    }
                    kept.add(slug);
                }
            }
            assertTrue(!kept.isEmpty(), "some writes were committed before the kill");
            HttpResponse<String> found = Portal.get(base, "/api/v1/search?q=" + TOKEN + "&size=100");
            assertEquals(200, found.statusCode(), found.body());
            JsonObject results;
            try (var reader = Json.createReader(new StringReader(found.body()))) {
                results = reader.readObject();
            }
            Set<String> searched = new HashSet<>();
            results.getJsonArray("items").forEach(item -> searched.add(item.asJsonObject().getJsonObject("bulletin").getString("slug")));
            assertEquals(kept, searched, "search finds exactly the bulletins the database kept");
            assertEquals(kept.size(), results.getInt("total"), "and counts no others");
        } finally {
            PortalProcess.stop(again);
        }
    }
}
