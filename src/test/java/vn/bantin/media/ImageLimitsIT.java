package vn.bantin.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
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
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.imageio.ImageIO;

import jakarta.json.Json;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.bantin.testing.Portal;
import vn.bantin.testing.PortalProcess;

/**
 * Pictures just under the 40-megapixel limit, sent in parallel to a portal given 512 MB of heap
 * (as a small server would): decoding waits its turn, the portal never runs out of memory, and a
 * picture over the limit is refused with the limit named.
 */
class ImageLimitsIT {

    private static final String ADMIN_PASSWORD = "Quan-tri-gioi-han-anh-2026";

    private static Process portal;
    private static URL base;
    private static Path log;

    @BeforeAll
    static void start() throws Exception {
        int port = PortalProcess.freePort();
        java.util.Map<String, String> environment = new java.util.HashMap<>();
        // Its own embedded database, whichever database the rest of the suite uses.
        environment.put("BANTIN_DB_URL", null);
        environment.put("BANTIN_DATA_DIR", PortalProcess.dataDirectory("image-limits-data-"));
        environment.put("BANTIN_ADMIN_PASSWORD", ADMIN_PASSWORD);
        log = PortalProcess.log("image-limits");
        Files.deleteIfExists(log);
        portal = PortalProcess.start("image-limits", port, environment, "-Xmx512m", "-XX:+ExitOnOutOfMemoryError");
        base = PortalProcess.base(port);
        PortalProcess.awaitStatus(portal, base, "/health/ready", s -> s == 200, Duration.ofSeconds(180));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        PortalProcess.stop(portal);
    }

    /** A PNG of a few hundred kilobytes that declares {@code width} × {@code height} pixels. */
    private static String png(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < height; y += 97) {
            for (int x = 0; x < width; x++) {
                image.getRaster().setSample(x, y, 0, (x * 7 + y) & 0xff);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return Base64.getEncoder().encodeToString(out.toByteArray());
    }

    private static HttpResponse<String> post(String json) throws Exception {
        String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(Portal.resolve(base, "/api/v1/bulletins")).timeout(Duration.ofMinutes(3))
                        .header("Authorization", auth).header("Content-Type", "application/json; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String bulletin(String title, String... pictures) {
        var figures = Json.createArrayBuilder();
        for (String picture : pictures) {
            figures.add(Json.createObjectBuilder().add("data", picture).add("alt", "Toàn cảnh hội trường từ trên cao"));
        }
        return Json.createObjectBuilder().add("title", title).add("category", "thoi-su").add("lead", "Tóm tắt.")
                .add("body", "<p>Nội dung.</p>").add("figures", figures).build().toString();
    }

    @Test
    void parallel_huge_pictures_wait_their_turn_and_memory_holds() throws Exception {
        String huge = png(12_000, 3_333);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String json = bulletin("Ảnh rất lớn " + i, huge, huge);
            answers.add(pool.submit(() -> {
                start.await();
                return post(json);
            }));
        }
        start.countDown();
        int created = 0;
        for (Future<HttpResponse<String>> future : answers) {
            HttpResponse<String> answer = future.get();
            assertTrue(answer.statusCode() == 201 || answer.statusCode() == 503, answer.statusCode() + " " + answer.body());
            if (answer.statusCode() == 503) {
                assertTrue(answer.headers().firstValue("Retry-After").isPresent(), "says when to try again");
                assertTrue(answer.body().contains("thử lại"), answer.body());
            }
            created += answer.statusCode() == 201 ? 1 : 0;
        }
        pool.shutdown();
        assertTrue(created >= 1, "pictures under the limit are taken");
        assertTrue(portal.isAlive(), "the portal is still running");
        assertEquals(200, Portal.get(base, "/health/ready").statusCode());
        assertFalse(Files.readString(log).contains("OutOfMemoryError"), "no OutOfMemoryError in the log");
    }

    @Test
    void a_picture_over_the_limit_is_refused_with_the_limit_named() throws Exception {
        HttpResponse<String> tooWide = post(bulletin("Ảnh quá rộng", png(12_001, 10)));
        assertEquals(422, tooWide.statusCode(), tooWide.body());
        assertTrue(tooWide.body().contains("40 triệu điểm ảnh"), tooWide.body());
        assertTrue(tooWide.body().contains("figures[0].data"), tooWide.body());
    }
}
