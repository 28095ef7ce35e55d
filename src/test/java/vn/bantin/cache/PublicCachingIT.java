package vn.bantin.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import vn.bantin.media.TestImages;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.bantin.testing.Fixtures;
import vn.bantin.testing.Portal;

/** The public side under caching: no sessions, conditional requests, and never a stale page. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicCachingIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final List<String> PUBLIC = List.of("/", "/chuyen-muc/thoi-su", "/chuyen-muc/thoi-su?trang=2",
            Fixtures.CONFERENCE, "/tim-kiem", "/tim-kiem?q=hoi+nghi", "/tim-kiem?q=khong+co+gi", "/rss", "/atom/kinh-te",
            "/sitemap.xml", "/robots.txt", "/api/v1/bulletins", "/api/v1/search?q=hoi+nghi", "/tin-tuc/khong-co-ban-tin-nay",
            "/luu-tru/hoi-nghi-ban-chap-hanh-dang-bo-tinh-lan-thu-muoi-hai.pdf");

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Portal.war();
    }

    @Test
    void anonymous_browsing_never_creates_a_session() {
        for (int round = 0; round < 2; round++) {
            for (String path : PUBLIC) {
                HttpResponse<String> page = Portal.get(base, path, "Cookie", "bantin-co-chu=150; bantin-ngon-ngu=en");
                assertTrue(page.statusCode() == 200 || page.statusCode() == 404, path + " " + page.statusCode());
                assertTrue(page.headers().allValues("Set-Cookie").isEmpty(),
                        path + " sets no cookie: " + page.headers().allValues("Set-Cookie"));
                assertFalse(page.body().contains("jakarta.faces.ViewState"), path + " keeps no view state");
            }
        }
    }

    @Test
    void a_page_still_current_is_answered_304_and_compressed_bytes_are_the_same_page() throws Exception {
        HttpResponse<String> first = Portal.get(base, Fixtures.CONFERENCE);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertEquals("no-cache", first.headers().firstValue("Cache-Control").orElse(""), "browsers revalidate every time");
        HttpResponse<String> again = Portal.get(base, Fixtures.CONFERENCE, "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertTrue(again.body().isEmpty());
        HttpResponse<String> since = Portal.get(base, Fixtures.CONFERENCE,
                "If-Modified-Since", first.headers().firstValue("Last-Modified").orElseThrow());
        assertEquals(304, since.statusCode());
        assertEquals(200, Portal.get(base, Fixtures.CONFERENCE, "If-None-Match", "\"khac\"").statusCode());

        HttpResponse<byte[]> zipped = HTTP.send(HttpRequest.newBuilder(Portal.resolve(base, Fixtures.CONFERENCE))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElse(""));
        byte[] unzipped = new GZIPInputStream(new ByteArrayInputStream(zipped.body())).readAllBytes();
        assertArrayEquals(first.body().getBytes(StandardCharsets.UTF_8), unzipped);
        assertTrue(zipped.body().length < 30 * 1024, "bulletin page under 30 KB compressed: " + zipped.body().length);
        assertTrue(zipped.headers().firstValue("Vary").orElse("").contains("Accept-Encoding"));

        HttpResponse<String> english = Portal.get(base, Fixtures.CONFERENCE, "Cookie", "bantin-ngon-ngu=en");
        assertEquals("en", Jsoup.parse(english.body()).selectFirst("html").attr("lang"), "each language is its own variant");
        HttpResponse<String> larger = Portal.get(base, Fixtures.CONFERENCE, "Cookie", "bantin-co-chu=200");
        assertEquals("200", Jsoup.parse(larger.body()).selectFirst("html").attr("data-text-size"), "so is each text size");
    }

    @Test
    void one_rendering_serves_every_text_size_and_reading_preference_set() throws Exception {
        String path = "/chuyen-muc/kinh-te";
        HttpResponse<String> everyone = Portal.get(base, path);
        String digest = everyone.headers().firstValue("ETag").orElseThrow().replace("\"", "");
        HttpResponse<String> mine = Portal.get(base, path, "Cookie", "bantin-co-chu=175; bantin-tuy-chon=15.0.1.1");
        Document page = Jsoup.parse(mine.body());
        assertEquals("175", page.selectFirst("html").attr("data-text-size"));
        assertEquals("doc gian-dong-15 tuong-phan phong-de-doc", page.selectFirst("html").attr("class"));
        assertTrue(page.getElementById("tuy-chon-dong-15").hasAttr("checked"));
        assertFalse(page.getElementById("tuy-chon-dong-thuong").hasAttr("checked"));
        assertTrue(page.getElementById("tuy-chon-tuong-phan").hasAttr("checked"));
        assertEquals("Cỡ chữ: 175%", page.selectFirst("form.text-size [role=status]").text());
        String etag = mine.headers().firstValue("ETag").orElseThrow();
        assertTrue(etag.startsWith("\"" + digest + "."), "the same stored rendering, told apart by its tag: " + etag
                + " and " + digest);
        assertEquals(304, Portal.get(base, path, "Cookie", "bantin-co-chu=175; bantin-tuy-chon=15.0.1.1",
                "If-None-Match", etag).statusCode());
        assertEquals(200, Portal.get(base, path, "Cookie", "bantin-tuy-chon=15.0.1.1", "If-None-Match", etag).statusCode(),
                "another preference set is another representation");

        HttpResponse<byte[]> zipped = HTTP.send(HttpRequest.newBuilder(Portal.resolve(base, path))
                .header("Accept-Encoding", "gzip").header("Cookie", "bantin-co-chu=175; bantin-tuy-chon=15.0.1.1").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(mine.body(), new String(new GZIPInputStream(new ByteArrayInputStream(zipped.body())).readAllBytes(),
                StandardCharsets.UTF_8), "compressed, the same page");
        HttpResponse<String> forged = Portal.get(base, path, "Cookie", "bantin-tuy-chon=\"x\" onload=1; bantin-co-chu=999");
        assertEquals(everyone.body(), forged.body(), "a forged cookie gets the page for everyone");
    }

    @Test
    void readers_arriving_together_for_a_page_not_yet_cached_all_get_the_same_page() throws Exception {
        // A variant no other test asks for: one reader renders it while the others wait for that
        // rendering (PageCacheTest checks the hand-over itself).
        HttpRequest request = HttpRequest.newBuilder(Portal.resolve(base, "/chuyen-muc/kinh-te?trang=1"))
                .header("Cookie", "bantin-co-chu=125").build();
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int reader = 0; reader < 24; reader++) {
            answers.add(HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
        }
        Set<String> etags = new HashSet<>();
        for (CompletableFuture<HttpResponse<String>> answer : answers) {
            HttpResponse<String> page = answer.get(60, TimeUnit.SECONDS);
            assertEquals(200, page.statusCode());
            assertEquals("Kinh tế", Jsoup.parse(page.body()).selectFirst("h1").text(), "the section page itself");
            etags.add(page.headers().firstValue("ETag").orElseThrow());
        }
        assertEquals(1, etags.size(), "the same page for every one of them: " + etags);
    }

    @Test
    void style_sheets_and_scripts_have_versioned_addresses_kept_for_a_year() {
        Document home = Jsoup.parse(Portal.get(base, "/").body());
        List<String> resources = new java.util.ArrayList<>(home.select("link[rel=stylesheet]").eachAttr("href"));
        resources.addAll(home.select("script[src]").eachAttr("src"));
        assertFalse(resources.isEmpty());
        for (String address : resources) {
            assertTrue(address.matches(".*[?&]v=[0-9a-zA-Z.]+.*"), "versioned: " + address);
            HttpResponse<String> resource = Portal.get(base, address);
            assertEquals(200, resource.statusCode(), address);
            assertTrue(resource.headers().firstValue("Cache-Control").orElse("").contains("max-age=31536000"),
                    address + " " + resource.headers().map());
        }
        assertTrue(resources.size() + 1 <= 6, "no more than 6 requests before images: " + resources);
    }

    @Test
    void changes_show_on_the_next_request_and_a_withdrawn_bulletin_is_gone_at_once() throws Exception {
        String title = "Chợ phiên vùng cao " + base.getPort();
        String create = Json.createObjectBuilder().add("title", title).add("lead", "Chợ phiên họp mỗi sáng Chủ nhật.")
                .add("body", "<p>Bà con mang nông sản xuống chợ.</p>").add("category", "van-hoa-xa-hoi").add("status", "published")
                .add("figures", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("data", Base64.getEncoder().encodeToString(TestImages.jpegWithExif(320, 180)))
                        .add("alt", "Người dân mua bán tại chợ phiên").add("caption", "Chợ phiên buổi sáng")))
                .build().toString();
        HttpResponse<String> created = send("POST", "/api/v1/bulletins", create);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject bulletin = json(created.body());
        String path = "/tin-tuc/" + bulletin.getString("slug");

        Document before = Jsoup.parse(Portal.get(base, path).body());
        Jsoup.parse(Portal.get(base, path).body());
        assertEquals("Chợ phiên buổi sáng", before.selectFirst("article figcaption").text().strip());
        assertTrue(Portal.get(base, "/").body().contains(title), "the home page lists it");

        String update = Json.createObjectBuilder().add("title", title + " đã sửa").add("lead", "Chợ phiên họp mỗi sáng Chủ nhật.")
                .add("body", "<p>Bà con mang nông sản xuống chợ.</p>").add("category", "van-hoa-xa-hoi").add("status", "published")
                .add("version", bulletin.getJsonNumber("version").longValue())
                .add("figures", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("data", Base64.getEncoder().encodeToString(TestImages.jpegWithExif(320, 180)))
                        .add("alt", "Người dân mua bán tại chợ phiên").add("caption", "Chợ phiên lúc tan chợ")))
                .build().toString();
        HttpResponse<String> updated = send("PUT", "/api/v1/bulletins/" + bulletin.getString("slug"), update);
        assertEquals(200, updated.statusCode(), updated.body());
        Document after = Jsoup.parse(Portal.get(base, path).body());
        assertEquals(title + " đã sửa", after.selectFirst("h1").text(), "the change shows on the next request");
        assertEquals("Chợ phiên lúc tan chợ", after.selectFirst("article figcaption").text().strip(), "figure changes too");
        assertTrue(Portal.get(base, "/").body().contains(title + " đã sửa"), "and on the lists that show it");

        assertEquals(200, send("DELETE", "/api/v1/bulletins/" + bulletin.getString("slug"), null).statusCode());
        assertEquals(410, Portal.get(base, path).statusCode(), "removed: 410 at once");
        assertFalse(Portal.get(base, "/").body().contains(title), "and gone from the home page");
        assertFalse(Portal.get(base, "/api/v1/bulletins?size=100").body().contains(title), "and from the API");
    }

    private HttpResponse<String> send(String method, String path, String json) throws Exception {
        String credentials = Base64.getEncoder().encodeToString(("admin:" + Fixtures.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(Portal.resolve(base, path))
                .header("Content-Type", "application/json; charset=UTF-8")
                .header("Authorization", "Basic " + credentials)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
