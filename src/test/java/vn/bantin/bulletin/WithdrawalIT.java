package vn.bantin.bulletin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import com.deque.html.axecore.results.Rule;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import vn.bantin.testing.Browser;
import vn.bantin.testing.BrowserSession;
import vn.bantin.testing.Fixtures;
import vn.bantin.testing.Portal;
import vn.bantin.testing.backoffice.EditorPage;
import vn.bantin.testing.backoffice.SignInPage;

/**
 * Taking a bulletin off the public site, both ways: withdrawn with a notice (the page stays, with
 * when, why and what replaces it, out of lists, feeds, sitemap and search, noindex) or removed
 * (410 Gone with a short page). Never-published addresses stay 404.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WithdrawalIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String DEMO_WITHDRAWN = "/tin-tuc/phan-luong-giao-thong-tren-duong-tinh-741-trong-thoi-gian-thi-cong";

    @ArquillianResource
    private URL base;

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Portal.war();
    }

    private HttpResponse<String> send(String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(Portal.resolve(base, path))
                .header("Content-Type", "application/json; charset=UTF-8")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("admin:" + Fixtures.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String get(String path) {
        return Portal.get(base, path).body();
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    /** A published bulletin whose title's words no other bulletin has. */
    private String publish(String title, String slug) throws Exception {
        String body = Json.createObjectBuilder().add("title", title).add("slug", slug).add("lead", "Tóm tắt: " + title)
                .add("body", "<p>Nội dung: " + title + "</p>").add("category", "thoi-su").add("status", "published")
                .build().toString();
        HttpResponse<String> created = send("POST", "/api/v1/bulletins", body);
        assertEquals(201, created.statusCode(), created.body());
        return slug;
    }

    private List<String> searchTitles(String query) {
        return Jsoup.parse(get("/tim-kiem?q=" + query.replace(' ', '+'))).select(".search-result h3").eachText();
    }

    /** Search is updated after the commit, in the background: wait for it, a few seconds at most. */
    private void awaitSearch(String query, boolean found) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (searchTitles(query).isEmpty() == found && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }

    @Test
    void a_withdrawn_bulletin_keeps_its_page_under_a_notice_and_leaves_lists_feeds_sitemap_and_search() throws Exception {
        String replacement = publish("Lịch khám sức khỏe định kỳ cho người cao tuổi đợt hai", "lich-kham-suc-khoe-dot-hai");
        String slug = publish("Lịch khám sức khỏe định kỳ cho người cao tuổi đợt một", "lich-kham-suc-khoe-dot-mot");
        String title = "Lịch khám sức khỏe định kỳ cho người cao tuổi đợt một";
        awaitSearch("kham suc khoe dot mot", true);
        assertTrue(get("/").contains(title) && get("/rss").contains(title), "public first");

        HttpResponse<String> refused = send("POST", "/api/v1/bulletins/" + slug + "/withdrawal", "{\"replacement\":\"khong-co-ban-tin-nay\"}");
        assertEquals(422, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("\"explanation\"") && refused.body().contains("\"replacement\""),
                "both fields are named: " + refused.body());
        HttpResponse<String> itself = send("POST", "/api/v1/bulletins/" + slug + "/withdrawal",
                "{\"explanation\":\"Thay thế\",\"replacement\":\"" + slug + "\"}");
        assertEquals(422, itself.statusCode(), "a bulletin does not replace itself: " + itself.body());
        assertEquals(400, send("POST", "/api/v1/bulletins/" + slug + "/withdrawal", "{\"explanation\":").statusCode());
        assertEquals(404, send("POST", "/api/v1/bulletins/khong-co-ban-tin-nay/withdrawal", "{\"explanation\":\"x\"}").statusCode());
        assertEquals(200, Portal.get(base, "/tin-tuc/" + slug).statusCode(), "nothing changed by a refusal");

        HttpResponse<String> withdrawn = send("POST", "/api/v1/bulletins/" + slug + "/withdrawal",
                "{\"explanation\":\"Lịch khám đã thay đổi do trùng kỳ nghỉ lễ.\",\"replacement\":\"" + replacement + "\"}");
        assertEquals(200, withdrawn.statusCode(), withdrawn.body());
        JsonObject notice = json(withdrawn.body()).getJsonObject("withdrawal");
        assertEquals("Lịch khám đã thay đổi do trùng kỳ nghỉ lễ.", notice.getString("explanation"));
        assertEquals("/tin-tuc/" + replacement, notice.getString("replacement"));

        HttpResponse<String> answer = Portal.get(base, "/tin-tuc/" + slug);
        assertEquals(200, answer.statusCode(), "the page stays at its address");
        Document page = Jsoup.parse(answer.body());
        assertEquals(title, page.selectFirst("h1").text());
        assertEquals("Bản tin đã được rút", page.selectFirst(".withdrawal-notice h2").text());
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        assertTrue(page.selectFirst(".withdrawal-date").text().contains(today), page.selectFirst(".withdrawal-date").text());
        assertEquals("Lịch khám đã thay đổi do trùng kỳ nghỉ lễ.", page.selectFirst(".withdrawal-explanation").text());
        assertEquals("/tin-tuc/" + replacement, page.selectFirst(".withdrawal-replacement a").attr("href"));
        assertEquals("noindex", page.selectFirst("meta[name=robots]").attr("content"));
        assertNull(page.selectFirst("script[type=application/ld+json]"), "not offered to search engines as an article");
        assertNull(page.selectFirst(".archive-link"), "no archive copy offered");

        assertFalse(get("/").contains(title), "out of the home page");
        assertFalse(get("/chuyen-muc/thoi-su").contains(title), "out of its section");
        assertFalse(get("/rss").contains(title) || get("/atom").contains(title), "out of the feeds");
        assertFalse(get("/sitemap.xml").contains("/tin-tuc/" + slug + "<"), "out of the sitemap");
        assertFalse(get("/api/v1/bulletins?size=100").contains(title), "out of the API's lists");
        awaitSearch("kham suc khoe dot mot", false);
        assertTrue(searchTitles("kham suc khoe dot mot").isEmpty(), "out of search");
        assertEquals("Lịch khám đã thay đổi do trùng kỳ nghỉ lễ.",
                json(get("/api/v1/bulletins/" + slug)).getJsonObject("withdrawal").getString("explanation"),
                "the read API gives the notice");

        // Removal after withdrawal: the address says the bulletin is gone.
        assertEquals(200, send("DELETE", "/api/v1/bulletins/" + slug, null).statusCode());
        assertEquals(410, Portal.get(base, "/tin-tuc/" + slug).statusCode());
        assertEquals(410, Portal.get(base, "/api/v1/bulletins/" + slug).statusCode());
    }

    @Test
    void a_removed_bulletin_answers_410_with_a_short_page_and_a_never_published_one_stays_404() throws Exception {
        String slug = publish("Thông báo tạm ngừng cấp nước khu phố Tân Bình", "tam-ngung-cap-nuoc-tan-binh");
        assertEquals(200, send("DELETE", "/api/v1/bulletins/" + slug, null).statusCode());
        HttpResponse<String> gone = Portal.get(base, "/tin-tuc/" + slug);
        assertEquals(410, gone.statusCode());
        Document page = Jsoup.parse(gone.body());
        assertEquals("Bản tin không còn", page.selectFirst("h1").text());
        assertTrue(page.selectFirst(".error-detail").text().contains("đã được gỡ bỏ"), page.selectFirst(".error-detail").text());
        assertFalse(gone.body().contains("Tân Bình"), "nothing of the removed bulletin is shown");
        assertFalse(get("/sitemap.xml").contains(slug), "out of the sitemap");

        String draft = Json.createObjectBuilder().add("title", "Bản nháp chưa từng đăng về cấp nước").add("slug", "nhap-cap-nuoc")
                .add("lead", "Tóm tắt").add("body", "<p>Nội dung</p>").add("category", "thoi-su").build().toString();
        assertEquals(201, send("POST", "/api/v1/bulletins", draft).statusCode());
        assertEquals(404, Portal.get(base, "/tin-tuc/nhap-cap-nuoc").statusCode(), "a draft: 404");
        HttpResponse<String> neverPublic = send("POST", "/api/v1/bulletins/nhap-cap-nuoc/withdrawal", "{\"explanation\":\"Không đăng nữa\"}");
        assertEquals(422, neverPublic.statusCode(), "only what readers saw gets a notice: " + neverPublic.body());
        assertEquals(200, send("DELETE", "/api/v1/bulletins/nhap-cap-nuoc", null).statusCode());
        assertEquals(404, Portal.get(base, "/tin-tuc/nhap-cap-nuoc").statusCode(), "never published: still 404 once archived");
        assertEquals(404, Portal.get(base, "/tin-tuc/chua-bao-gio-co").statusCode());
    }

    @Test
    void an_editor_withdraws_from_the_editor_and_is_told_what_is_missing() throws Exception {
        String slug = publish("Thông báo lịch cắt điện phường Hòa Bình", "lich-cat-dien-hoa-binh");
        long id = json(send("GET", "/api/v1/bulletins/" + slug, null).body()).getJsonNumber("id").longValue();
        ChromeDriver browser = SESSION.driverAtDesktopSize();
        browser.manage().deleteAllCookies();
        SignInPage.open(browser, base).signIn("admin", Fixtures.ADMIN_PASSWORD);
        EditorPage editor = EditorPage.openAt(browser, base, Portal.resolve(base, "/admin/ban-tin.xhtml?id=" + id).toString());
        List<Rule> violations = Browser.violations(browser);
        assertTrue(violations.isEmpty(), "editor of a published bulletin:" + Browser.describe(violations));

        editor.withdraw("", "khong-co-ban-tin-nay");
        assertTrue(editor.isInvalid("withdrawalExplanation"), editor.shown());
        assertEquals("Hãy nêu lý do rút để bạn đọc biết.", editor.errorOf("withdrawalExplanation"));
        assertEquals(200, Portal.get(base, "/tin-tuc/" + slug).statusCode(), "still public after a refusal");

        editor.withdraw("Lịch cắt điện đã được Điện lực hủy.", null);
        assertTrue(editor.message().contains("Đã rút bản tin"), editor.shown());
        assertTrue(editor.state().contains("Đã rút (có thông báo)"), editor.state());
        Document page = Jsoup.parse(get("/tin-tuc/" + slug));
        assertEquals("Lịch cắt điện đã được Điện lực hủy.", page.selectFirst(".withdrawal-explanation").text());
        assertNull(page.selectFirst(".withdrawal-replacement"), "no replacement given, none offered");

        editor.archive();
        assertEquals(410, Portal.get(base, "/tin-tuc/" + slug).statusCode(), "removed from the editor: 410");
        editor.signOut();
    }

    @Test
    void the_notice_and_the_410_page_pass_axe_and_the_notice_comes_right_after_the_headline() throws Exception {
        String slug = publish("Thông báo thay đổi giờ làm việc của bộ phận một cửa", "gio-lam-viec-mot-cua");
        assertEquals(200, send("DELETE", "/api/v1/bulletins/" + slug, null).statusCode());
        ChromeDriver browser = SESSION.driverAtDesktopSize();
        for (String path : List.of(DEMO_WITHDRAWN, "/tin-tuc/" + slug)) {
            browser.get(Portal.resolve(base, path).toString());
            List<Rule> violations = Browser.violations(browser);
            assertTrue(violations.isEmpty(), path + ":" + Browser.describe(violations));
            Browser.screenshot(browser, "withdrawal-" + (path.equals(DEMO_WITHDRAWN) ? "notice" : "gone"));
        }
        browser.get(Portal.resolve(base, DEMO_WITHDRAWN).toString());
        assertEquals("withdrawal-notice", browser.findElement(By.cssSelector("h1 + *")).getAttribute("class"),
                "the notice is the first thing after the headline");
        assertTrue(browser.findElement(By.cssSelector(".withdrawal-replacement a")).getText()
                .startsWith("Đường tỉnh 741"), "the demo's withdrawn bulletin points to what replaced it");
    }
}
