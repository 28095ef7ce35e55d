package vn.bantin.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.results.Rule;

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
import vn.bantin.testing.StaffClient;

/**
 * The accessibility statement: linked from every page, in both languages, with the day its checks
 * ran, and a feedback form that works without scripts, keeps what was typed when it refuses it,
 * paces senders, ignores robots and refuses other sites, and whose messages administrators read.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StatementIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String PAGE = "/tuyen-bo-tiep-can";

    @ArquillianResource
    private URL base;

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Portal.war();
    }

    private HttpResponse<String> send(Map<String, String> fields, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(Portal.resolve(base, PAGE))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(StaffClient.urlEncoded(fields)));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_statement_is_linked_from_every_page_in_both_languages_with_the_day_its_checks_ran() throws Exception {
        for (String path : List.of("/", Fixtures.CONFERENCE, "/chuyen-muc/thoi-su", "/tim-kiem?q=hoi+nghi")) {
            Document page = Jsoup.parse(Portal.get(base, path).body());
            assertEquals("Tuyên bố về khả năng tiếp cận", page.selectFirst("footer a[href$=" + PAGE + "]").text(), path);
        }
        Document statement = Jsoup.parse(Portal.get(base, PAGE).body());
        assertEquals("Tuyên bố về khả năng tiếp cận", statement.selectFirst("h1").text());
        assertTrue(statement.text().contains("WCAG) 2.2"), "the standard aimed at");
        assertTrue(statement.text().contains("axe-core"), "how it is checked");
        String checked = statement.selectFirst("main time").text();
        LocalDate day = LocalDate.parse(checked, DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        assertFalse(day.isAfter(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"))), "the build's day: " + checked);
        assertTrue(statement.select("h2").eachText().contains("Hạn chế đã biết"));

        Document english = Jsoup.parse(Portal.get(base, PAGE, "Cookie", "bantin-ngon-ngu=en").body());
        assertEquals("en", english.selectFirst("html").attr("lang"));
        assertEquals("Accessibility statement", english.selectFirst("h1").text());
        assertTrue(english.select("h2").eachText().contains("Known limitations"));
    }

    @Test
    void feedback_works_without_scripts_keeps_what_was_typed_and_reaches_the_administrators() throws Exception {
        // Too short: the page again, with the text and the error tied to its field.
        HttpResponse<String> tooShort = send(Map.of("noi-dung", "Khó đọc", "lien-he", "ban.doc@example.vn"));
        assertEquals(400, tooShort.statusCode());
        Document refused = Jsoup.parse(tooShort.body());
        assertEquals("Khó đọc", refused.getElementById("gop-y-noi-dung").text());
        assertEquals("ban.doc@example.vn", refused.getElementById("gop-y-lien-he").val());
        assertEquals("true", refused.getElementById("gop-y-noi-dung").attr("aria-invalid"));
        assertTrue(refused.getElementById("gop-y-noi-dung").attr("aria-describedby").contains("gop-y-noi-dung-error"));
        assertTrue(refused.getElementById("gop-y-noi-dung-error").text().contains("ít nhất 10 ký tự"));

        // A robot filling every field is told it worked; nothing is kept.
        HttpResponse<String> robot = send(Map.of("noi-dung", "Mua thuốc giá rẻ tại đây http://spam.example",
                "trang-web", "http://spam.example"));
        assertEquals(303, robot.statusCode());

        // Another site's page posting here is refused.
        HttpResponse<String> crossSite = send(Map.of("noi-dung", "Gửi từ trang khác, không phải người đọc"),
                "Origin", "https://evil.example");
        assertEquals(403, crossSite.statusCode());

        String first = "Ảnh trong bản tin hội nghị không có mô tả khi tôi dùng NVDA.";
        for (String message : List.of(first, "Nút tăng cỡ chữ khó thấy trên điện thoại.", "Bảng số liệu quá rộng ở màn hình nhỏ.")) {
            HttpResponse<String> sent = send(Map.of("noi-dung", message, "lien-he", ""));
            assertEquals(303, sent.statusCode(), sent.body());
            assertTrue(sent.headers().firstValue("Location").orElse("").endsWith(PAGE + "?da-gui#gop-y"));
        }
        Document thanks = Jsoup.parse(Portal.get(base, PAGE + "?da-gui").body());
        assertEquals("status", thanks.selectFirst(".form-done").attr("role"));
        assertTrue(thanks.selectFirst(".form-done").text().startsWith("Cảm ơn bạn"));

        // A fourth within the hour: paced, and the text is still there to send later.
        String fourth = "Một góp ý nữa trong cùng một giờ.";
        // Claiming to come through a proxy changes nothing: this portal trusts none (the default).
        HttpResponse<String> paced = send(Map.of("noi-dung", fourth), "X-Forwarded-For", "198.51.100.99",
                "Forwarded", "for=198.51.100.98");
        assertEquals(429, paced.statusCode());
        assertEquals(fourth, Jsoup.parse(paced.body()).getElementById("gop-y-noi-dung").text());
        assertEquals("alert", Jsoup.parse(paced.body()).selectFirst(".form-refused").attr("role"));

        StaffClient admin = new StaffClient(base, "admin", Fixtures.ADMIN_PASSWORD);
        Document list = admin.page("/admin/gop-y.xhtml");
        String listed = list.select("tbody").text();
        assertTrue(listed.contains(first), listed);
        assertEquals(3, list.select("tbody tr").size(), "three received, the robot's and the paced one not");
        assertFalse(listed.contains("spam.example"));
        StaffClient.ensureAccount(base, "bientapgopy", "Biên tập viên", "Bien-tap-gop-y-2026", "EDITOR");
        StaffClient editor = new StaffClient(base, "bientapgopy", "Bien-tap-gop-y-2026");
        HttpResponse<String> notForEditors = editor.send(HttpRequest.newBuilder(Portal.resolve(base, "/admin/gop-y.xhtml")).GET().build());
        assertEquals(403, notForEditors.statusCode(), "readers' messages are for administrators");
    }

    @Test
    void the_statement_and_its_refused_form_pass_axe_at_320_px_and_200_percent() {
        ChromeDriver browser = SESSION.driverAtDesktopSize();
        browser.get(Portal.resolve(base, "/").toString());
        browser.manage().addCookie(new org.openqa.selenium.Cookie("bantin-co-chu", "200", "/"));
        Browser.viewport(browser, 320, 800);
        try {
            browser.get(Portal.resolve(base, PAGE).toString());
            List<Rule> violations = Browser.violations(browser);
            assertTrue(violations.isEmpty(), "statement:" + Browser.describe(violations));
            browser.findElement(By.id("gop-y-noi-dung")).sendKeys("Ngắn");
            Browser.clickAndWait(browser, browser.findElement(By.cssSelector("form.feedback-form button[type=submit]")));
            assertEquals("true", browser.findElement(By.id("gop-y-noi-dung")).getAttribute("aria-invalid"), Browser.shown(browser));
            violations = Browser.violations(browser);
            assertTrue(violations.isEmpty(), "statement with a refused message:" + Browser.describe(violations));
            Long scrollWidth = (Long) browser.executeScript("return document.documentElement.scrollWidth;");
            assertTrue(scrollWidth <= 320, "no sideways scrolling at 320 px: " + scrollWidth);
            Browser.screenshot(browser, "statement-320-200");
        } finally {
            Browser.resetViewport(browser);
            browser.manage().deleteAllCookies();
        }
    }
}
