package vn.bantin.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Base64;
import java.util.List;
import java.util.function.Predicate;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.bantin.testing.Fixtures;
import vn.bantin.testing.Portal;

/** Search over published bulletins: Vietnamese folding, ranking, phrases, filters, odd input, the API. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SearchIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String CONFERENCE_TITLE = "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ mười hai";

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Portal.war();
    }

    private Document search(String query) {
        HttpResponse<String> page = Portal.get(base, "/tim-kiem?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        assertEquals(200, page.statusCode(), query);
        return Jsoup.parse(page.body());
    }

    private static List<String> titles(Document page) {
        return page.select(".search-result h3").eachText();
    }

    @Test
    void folded_upper_case_and_decomposed_queries_all_find_the_accented_title() {
        String decomposed = Normalizer.normalize("hội nghị ban chấp hành", Normalizer.Form.NFD);
        for (String query : List.of("hoi nghi ban chap hanh", "HỘI NGHỊ", "Hội nghị Ban Chấp hành", decomposed, "dang bo tinh")) {
            Document page = search(query);
            assertTrue(titles(page).contains(CONFERENCE_TITLE), query + " -> " + titles(page));
        }
        Document page = search("hoi nghi ban chap hanh");
        Element title = page.selectFirst(".search-result h3 a");
        assertEquals("Hội", title.selectFirst("mark").text(), "highlights are on the original accented text");
        assertTrue(page.selectFirst(".search-count").text().startsWith("Tìm thấy 1 bản tin"), page.selectFirst(".search-count").text());
        assertTrue(page.title().contains("1 kết quả"), "the count is in the page title, read first: " + page.title());
        assertEquals("vi", page.selectFirst(".search-result").attr("lang"));
    }

    @Test
    void quoted_phrases_must_appear_in_order() {
        assertTrue(titles(search("\"ban chap hanh\"")).contains(CONFERENCE_TITLE));
        assertTrue(titles(search("\"chap ban hanh\"")).isEmpty(), "the same words in another order are not the phrase");
        assertTrue(titles(search("chap ban hanh")).contains(CONFERENCE_TITLE), "without quotes, order does not matter");
    }

    @Test
    void published_bulletins_are_found_within_seconds_exact_marks_rank_first_and_archived_ones_go() throws Exception {
        String withMarks = publish("Lễ hội bà Chúa Xứ núi Sam năm nay", "Lễ hội kéo dài một tuần với nhiều hoạt động.");
        String withoutMarks = publish("Ba lễ hội lớn của tỉnh trong năm nay", "Ba lễ hội thu hút đông đảo du khách.");

        String feed = Portal.get(base, "/rss").body();
        assertTrue(feed.contains("/tin-tuc/" + withMarks) && feed.contains("/tin-tuc/" + withoutMarks),
                "a newly published bulletin is in the feed at once");
        assertTrue(Portal.get(base, "/sitemap.xml").body().contains("/tin-tuc/" + withMarks), "and in the sitemap");

        List<String> forBa = awaitTitles("le hoi ba", titles -> titles.size() >= 2);
        assertEquals("Ba lễ hội lớn của tỉnh trong năm nay", forBa.get(0), "ba: the unaccented word ranks first " + forBa);
        List<String> forBaAccented = awaitTitles("lễ hội bà", titles -> titles.size() >= 2);
        assertEquals("Lễ hội bà Chúa Xứ núi Sam năm nay", forBaAccented.get(0), "bà: the exact word ranks first " + forBaAccented);

        JsonObject api = json(Portal.get(base, "/api/v1/search?q=le+hoi+chua+xu&size=5").body());
        assertEquals(1, api.getInt("total"));
        JsonObject item = api.getJsonArray("items").getJsonObject(0);
        assertEquals(withMarks, item.getJsonObject("bulletin").getString("slug"));
        assertTrue(item.getJsonObject("highlights").getString("title").contains("<mark>Chúa</mark>"),
                item.getJsonObject("highlights").toString());

        archive(withMarks);
        archive(withoutMarks);
        List<String> after = awaitTitles("le hoi ba", titles -> !titles.contains("Lễ hội bà Chúa Xứ núi Sam năm nay")
                && !titles.contains("Ba lễ hội lớn của tỉnh trong năm nay"));
        assertFalse(after.contains("Lễ hội bà Chúa Xứ núi Sam năm nay") || after.contains("Ba lễ hội lớn của tỉnh trong năm nay"),
                "archived bulletins leave the results: " + after);
        assertEquals(0, json(Portal.get(base, "/api/v1/search?q=le+hoi+chua+xu").body()).getInt("total"));
        assertFalse(Portal.get(base, "/atom").body().contains("/tin-tuc/" + withMarks), "and out of the feeds");
    }

    @Test
    void filters_by_section_and_dates_and_pages_keep_the_query() {
        assertTrue(titles(Jsoup.parse(Portal.get(base, "/tim-kiem?q=hoi+nghi&chuyen-muc=kinh-te").body())).isEmpty(),
                "the conference is not in Kinh tế");
        assertTrue(titles(Jsoup.parse(Portal.get(base, "/tim-kiem?q=hoi+nghi&chuyen-muc=thoi-su").body())).contains(CONFERENCE_TITLE));
        assertTrue(titles(Jsoup.parse(Portal.get(base, "/tim-kiem?q=hoi+nghi&den=2000-01-01").body())).isEmpty(),
                "nothing was published before 2000");
        assertTrue(titles(Jsoup.parse(Portal.get(base, "/tim-kiem?q=hoi+nghi&tu=01/01/2000").body())).contains(CONFERENCE_TITLE),
                "dates typed as dd/MM/yyyy work too");

        Document sectionOnly = Jsoup.parse(Portal.get(base, "/tim-kiem?chuyen-muc=thoi-su").body());
        assertTrue(sectionOnly.select(".search-result").size() >= 1, "a filter alone lists that section, newest first");
        assertTrue(sectionOnly.selectFirst(".search-count").text().contains("bộ lọc"));
        Element next = sectionOnly.selectFirst("nav.paging a[rel=next]");
        if (next != null) {
            assertEquals("/tim-kiem?chuyen-muc=thoi-su&trang=2", next.attr("href").replace(base.getPath().replaceAll("/$", ""), ""),
                    "paging links keep the filters");
        }
    }

    @Test
    void nothing_found_gives_a_helpful_page() {
        Document page = search("tàu vũ trụ sao hỏa");
        assertTrue(page.selectFirst(".search-count").text().startsWith("Không tìm thấy"));
        assertTrue(page.select(".search-advice li").size() >= 3, "advice on what to try");
        assertEquals("tàu vũ trụ sao hỏa", page.selectFirst("#q").val(), "the words stay in the box");
    }

    @Test
    void odd_and_hostile_queries_get_a_normal_page_or_a_clear_400() {
        for (String odd : List.of("a)(*:~^[", "title:hoi AND body:nghi", "\"", "\"\"\"", "*", "?", "\\", "-", "hoi~2",
                "<script>alert(1)</script>", "'; DROP TABLE bulletin; --", "   ", "%", "NOT", "ịịịịị")) {
            HttpResponse<String> page = Portal.get(base, "/tim-kiem?q=" + URLEncoder.encode(odd, StandardCharsets.UTF_8));
            assertEquals(200, page.statusCode(), odd);
            assertFalse(page.body().contains("<script>alert(1)</script>"), "what was typed is escaped");
        }
        assertEquals(200, Portal.get(base, "/tim-kiem").statusCode(), "an empty search is the search form");
        assertEquals(200, Portal.get(base, "/tim-kiem?q=").statusCode());

        String manyWords = "hội nghị ".repeat(60);
        assertEquals(200, Portal.get(base, "/tim-kiem?q=" + URLEncoder.encode(manyWords.substring(0, 490), StandardCharsets.UTF_8)).statusCode(),
                "many words within the limit: a normal page");
        String thousands = "nghị ".repeat(2000);
        HttpResponse<String> tooLong = Portal.get(base, "/tim-kiem?q=" + URLEncoder.encode(thousands, StandardCharsets.UTF_8));
        assertTrue(tooLong.statusCode() == 400 || tooLong.statusCode() == 414, "thousands of words: " + tooLong.statusCode());
        HttpResponse<String> tenThousand = Portal.get(base, "/tim-kiem?q=" + "a".repeat(10_000));
        assertTrue(tenThousand.statusCode() == 400 || tenThousand.statusCode() == 414, "10,000 characters: " + tenThousand.statusCode());
        HttpResponse<String> overLimit = Portal.get(base, "/tim-kiem?q=" + "hoi+".repeat(150));
        assertEquals(400, overLimit.statusCode(), "longer than a search may be, short enough for the server to pass on");
        assertTrue(overLimit.body().contains("500 ký tự"), "says how long a search may be");
        assertEquals(400, Portal.get(base, "/tim-kiem?q=hoi&tu=31/02/2026").statusCode());
        assertEquals(400, Portal.get(base, "/tim-kiem?q=hoi&chuyen-muc=khong-co").statusCode());
        assertEquals(400, Portal.get(base, "/tim-kiem?q=hoi&trang=-1").statusCode());

        JsonObject missing = json(Portal.get(base, "/api/v1/search").body());
        assertEquals(400, missing.getInt("status"));
        assertTrue(missing.getString("detail").contains("q"));
        assertEquals(400, Portal.get(base, "/api/v1/search?q=hoi&size=1000").statusCode());
        assertEquals(200, Portal.get(base, "/api/v1/search?q=" + URLEncoder.encode("a)(*:~^[ hoi", StandardCharsets.UTF_8)).statusCode());
    }

    /** Searches until the titles satisfy the expectation or ten seconds pass. */
    private List<String> awaitTitles(String query, Predicate<List<String>> expected) throws InterruptedException {
        List<String> titles = titles(search(query));
        for (int i = 0; i < 50 && !expected.test(titles); i++) {
            Thread.sleep(200);
            titles = titles(search(query));
        }
        return titles;
    }

    private String publish(String title, String lead) throws Exception {
        String body = Json.createObjectBuilder()
                .add("title", title).add("lead", lead).add("category", "van-hoa-xa-hoi")
                .add("body", "<p>" + lead + "</p>").add("status", "published").build().toString();
        HttpResponse<String> created = send("POST", "/api/v1/bulletins", body);
        assertEquals(201, created.statusCode(), created.body());
        String slug = json(created.body()).getString("slug");
        assertNotNull(slug);
        return slug;
    }

    private void archive(String slug) throws Exception {
        HttpResponse<String> archived = send("DELETE", "/api/v1/bulletins/" + slug, null);
        assertEquals(200, archived.statusCode(), archived.body());
    }

    private HttpResponse<String> send(String method, String path, String json) throws Exception {
        String credentials = Base64.getEncoder().encodeToString(("admin:" + Fixtures.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(Portal.resolve(base, path))
                .header("Content-Type", "application/json; charset=UTF-8")
                .header("Authorization", "Basic " + credentials)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
