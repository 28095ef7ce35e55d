package vn.bantin.listening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.results.Rule;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import vn.bantin.testing.Browser;
import vn.bantin.testing.BrowserSession;
import vn.bantin.testing.Portal;
import vn.bantin.testing.PortalProcess;

/**
 * "Nghe bài viết" with the default engine (espeak-ng's Vietnamese voice, opusenc): a published
 * bulletin gets its reading in the background, the page offers it (labelled player, length,
 * download, speed), it plays in Chromium by keyboard, the file is served with ranges, the read API
 * gives its address, and a change makes a new reading.
 */
class ListeningIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String ADMIN_PASSWORD = "Quan-tri-nghe-doc-2026";

    private static Process portal;
    private static URL base;

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession();

    /**
     * A portal of its own, on its own embedded database, with the engine the machine has
     * (espeak-ng and opusenc, installed by .ci/run): the test run's other portals have none.
     */
    @BeforeAll
    static void start() throws Exception {
        Map<String, String> environment = new HashMap<>();
        environment.put("BANTIN_DB_URL", null);
        environment.put("BANTIN_SPEECH_COMMAND", null);
        environment.put("BANTIN_DATA_DIR", PortalProcess.dataDirectory("listening-data-"));
        environment.put("BANTIN_ADMIN_PASSWORD", ADMIN_PASSWORD);
        int port = PortalProcess.freePort();
        base = PortalProcess.base(port);
        portal = PortalProcess.start("listening", port, environment);
        PortalProcess.awaitStatus(portal, base, "/health/ready", s -> s == 200, Duration.ofSeconds(180));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        PortalProcess.stop(portal);
    }

    private HttpResponse<String> send(String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(Portal.resolve(base, path))
                .header("Content-Type", "application/json; charset=UTF-8")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    private HttpResponse<byte[]> bytes(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(Portal.resolve(base, path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The reading's address on the bulletin's page once it has been made (a minute at most). */
    private String awaitReading(String slug, String other) throws InterruptedException {
        // The demo's readings are made first, one at a time, after the start.
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            Element player = Jsoup.parse(Portal.get(base, "/tin-tuc/" + slug).body()).selectFirst("section.listen audio");
            if (player != null && !player.attr("src").equals(other)) {
                return player.attr("src");
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no reading of " + slug + " within 180 s (see target/it/listening.log)");
    }

    @Test
    void a_published_bulletin_is_read_aloud_offered_on_its_page_served_with_ranges_and_made_again_when_it_changes()
            throws Exception {
        String slug = "ket-qua-thu-hoach-lua-vu-mua";
        String created = Json.createObjectBuilder().add("title", "Kết quả thu hoạch lúa vụ mùa").add("slug", slug)
                .add("lead", "Năng suất lúa vụ mùa năm nay đạt 58 tạ mỗi héc-ta.")
                .add("body", "<p>Toàn tỉnh thu hoạch xong hơn 40 nghìn héc-ta lúa.</p><h2>Giá lúa ổn định</h2><p>Giá bán tại ruộng ở mức khá.</p>")
                .add("author", "Thu Trang").add("category", "kinh-te").add("status", "published").build().toString();
        assertEquals(201, send("POST", "/api/v1/bulletins", created).statusCode());

        String address = awaitReading(slug, "");
        assertTrue(address.matches("/nghe/" + slug + "\\.ogg\\?v=[0-9a-f]{12}"), address);
        Document page = Jsoup.parse(Portal.get(base, "/tin-tuc/" + slug).body());
        Element listen = page.selectFirst("section.listen");
        assertEquals("Nghe bài viết", listen.selectFirst("h2").text());
        Element player = listen.selectFirst("audio");
        assertTrue(player.hasAttr("controls"));
        assertEquals("nghe-bai-viet", player.attr("aria-labelledby"), "the player is labelled by its heading");
        assertTrue(listen.selectFirst(".listen-info").text().matches("Thời lượng \\d+ giây\\..*"), listen.selectFirst(".listen-info").text());
        Element download = listen.selectFirst(".listen-download a");
        assertTrue(download.text().matches("Tải tệp âm thanh \\(OGG, \\d+ KB\\)"), download.text());
        assertEquals(slug + ".ogg", download.attr("download"));

        HttpResponse<byte[]> file = bytes(address);
        assertEquals(200, file.statusCode());
        assertEquals("audio/ogg", file.headers().firstValue("Content-Type").orElse(""));
        assertEquals("OggS", new String(file.body(), 0, 4, StandardCharsets.US_ASCII), "an Ogg file");
        assertEquals("OpusHead", new String(file.body(), 28, 8, StandardCharsets.US_ASCII), "with Opus in it");
        HttpResponse<byte[]> part = bytes(address, "Range", "bytes=100-199");
        assertEquals(206, part.statusCode(), "players seek with byte ranges");
        assertEquals("bytes 100-199/" + file.body().length, part.headers().firstValue("Content-Range").orElse(""));
        assertEquals(100, part.body().length);
        assertEquals(416, bytes(address, "Range", "bytes=999999999-").statusCode());
        assertEquals(304, bytes(address, "If-None-Match", file.headers().firstValue("ETag").orElseThrow()).statusCode(),
                "a copy still current is not sent again");
        assertEquals(404, bytes("/nghe/khong-co-ban-tin-nay.ogg").statusCode());
        assertEquals(404, bytes("/nghe/" + slug + ".mp3").statusCode());

        JsonObject audio = json(Portal.get(base, "/api/v1/bulletins/" + slug).body()).getJsonObject("audio");
        assertEquals(address, audio.getString("url"), "the read API gives the reading's address");
        assertEquals("audio/ogg", audio.getString("type"));
        assertTrue(audio.getJsonNumber("seconds").longValue() >= 3, audio.toString());

        // In Chromium: keyboard to the player, Enter plays it; the speed choice applies to it.
        ChromeDriver browser = SESSION.driverAtDesktopSize();
        browser.get(Portal.resolve(base, "/tin-tuc/" + slug).toString());
        List<Rule> violations = Browser.violations(browser);
        assertTrue(violations.isEmpty(), "bulletin with its reading:" + Browser.describe(violations));
        WebElement speed = browser.findElement(By.id("toc-do-doc"));
        assertTrue(speed.isDisplayed(), "with scripts on, the speed choice is offered");
        new Select(speed).selectByValue("1.5");
        WebElement audioElement = browser.findElement(By.id("bai-doc"));
        // From the toolbar's last control, Tab reaches the player's first control: play.
        browser.executeScript("arguments[0].focus();", browser.findElement(By.cssSelector(".archive-link")));
        Actions keys = new Actions(browser);
        for (int i = 0; i < 10 && !Boolean.TRUE.equals(browser.executeScript(
                "return document.activeElement === arguments[0];", audioElement)); i++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        assertEquals(Boolean.TRUE, browser.executeScript("return document.activeElement === arguments[0];", audioElement),
                "the player is reached by keyboard");
        keys.sendKeys(Keys.SPACE).perform();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> ((Number) browser.executeScript(
                "return arguments[0].currentTime;", audioElement)).doubleValue() > 0.5);
        assertEquals(Boolean.FALSE, browser.executeScript("return arguments[0].paused;", audioElement), "it plays");
        assertEquals(1.5, ((Number) browser.executeScript("return arguments[0].playbackRate;", audioElement)).doubleValue(),
                "at the chosen speed");
        browser.executeScript("arguments[0].pause();", audioElement);
        Browser.screenshot(browser, "listening");

        // A change to what is read makes a new reading, at a new address.
        long version = json(send("GET", "/api/v1/bulletins/" + slug, null).body()).getJsonNumber("version").longValue();
        String changed = json(created).entrySet().stream().collect(Json::createObjectBuilder,
                (b, e) -> b.add(e.getKey(), e.getValue()), (a, b) -> { }).add("lead", "Năng suất lúa vụ mùa đạt 60 tạ mỗi héc-ta.")
                .add("version", version).build().toString();
        HttpResponse<String> updated = send("PUT", "/api/v1/bulletins/" + slug, changed);
        assertEquals(200, updated.statusCode(), updated.body());
        String again = awaitReading(slug, address);
        assertNotEquals(address, again);
        assertFalse(java.util.Arrays.equals(file.body(), bytes(again).body()), "the new text was read");
    }
}
