package vn.bantin.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.deque.html.axecore.results.Rule;


import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

import vn.bantin.media.TestImages;
import vn.bantin.testing.Browser;
import vn.bantin.testing.BrowserSession;
import vn.bantin.testing.Fixtures;
import vn.bantin.testing.Portal;
import vn.bantin.testing.StaffClient;
import vn.bantin.testing.backoffice.BackOfficePage;
import vn.bantin.testing.backoffice.EditorPage;
import vn.bantin.testing.backoffice.SignInPage;


/**
 * The back office through a real browser: sign-in (with its lockout), the bulletin table, the
 * editor and the workflow. The author account it signs in with is made sure of by
 * {@link StaffClient#ensureAuthor}, so it does not depend on any other test having run.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BackOfficeIT {

    static final String ADMIN_PASSWORD = Fixtures.ADMIN_PASSWORD;
    static final String AUTHOR = Fixtures.AUTHOR;
    static final String AUTHOR_PASSWORD = Fixtures.AUTHOR_PASSWORD;

    @ArquillianResource
    private URL base;

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Portal.war();
    }

    private static ChromeDriver browser() {
        return SESSION.driver();
    }

    @Test
    @Order(2)
    void anonymous_visitors_get_the_sign_in_form_never_the_back_office() {
        HttpResponse<String> admin = Portal.get(base, "/admin/");
        assertEquals(200, admin.statusCode());
        assertTrue(admin.body().contains("<h1>Đăng nhập quản trị</h1>"), admin.body());
        assertFalse(admin.body().contains("id=\"ban-tin\""), "no bulletin table without signing in");
        HttpResponse<String> editor = Portal.get(base, "/admin/ban-tin.xhtml?id=1");
        assertTrue(editor.body().contains("<h1>Đăng nhập quản trị</h1>"));
        assertFalse(editor.body().contains("bien-tap"));

        ChromeDriver driver = browser();
        driver.get(Portal.resolve(base, "/admin/").toString());
        List<Rule> violations = Browser.violations(driver);
        assertTrue(violations.isEmpty(), "sign-in form:" + Browser.describe(violations));
        Browser.screenshot(driver, "admin-sign-in");
    }

    @Test
    @Order(3)
    void failed_sign_ins_read_the_same_and_pause_after_five() {
        ChromeDriver driver = browser();
        String wrongPassword = signIn(driver, "admin", "khong-dung-mat-khau");
        String unknownUser = signIn(driver, "khong-co-tai-khoan", "khong-dung-mat-khau");
        assertEquals("Tên đăng nhập hoặc mật khẩu không đúng.", wrongPassword);
        assertEquals(wrongPassword, unknownUser, "no message tells whether an account exists");
        List<Rule> violations = Browser.violations(driver);
        assertTrue(violations.isEmpty(), "sign-in form with an error:" + Browser.describe(violations));
        for (int i = 0; i < 4; i++) {
            signIn(driver, "ai-do-" + base.getPort(), "sai");
        }
        assertTrue(signIn(driver, "ai-do-" + base.getPort(), "sai").contains("15 phút"), "paused with a clear message");
    }

    @Test
    @Order(4)
    void an_editor_signs_in_by_keyboard_writes_publishes_and_readers_see_it() throws Exception {
        ChromeDriver driver = browser();
        driver.manage().deleteAllCookies();
        driver.get(Portal.resolve(base, "/admin/").toString());
        String sessionBefore = driver.manage().getCookieNamed("JSESSIONID") == null ? ""
                : driver.manage().getCookieNamed("JSESSIONID").getValue();
        Actions keys = new Actions(driver);
        keys.sendKeys(Keys.TAB).perform();
        assertEquals("Bỏ qua, đến nội dung chính", driver.switchTo().activeElement().getText());
        for (int i = 0; i < 10 && !"username".equals(driver.switchTo().activeElement().getAttribute("id")); i++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        WebElement signInPage = driver.findElement(By.tagName("html"));
        keys.sendKeys("admin").sendKeys(Keys.TAB).sendKeys(ADMIN_PASSWORD).sendKeys(Keys.ENTER).perform();
        Browser.awaitNewPage(driver, signInPage);
        WebElement table = driver.findElement(By.id("bang:ban-tin"));
        assertTrue(table.isDisplayed(), "the bulletin table after signing in");
        assertNotEquals(sessionBefore, driver.manage().getCookieNamed("JSESSIONID").getValue(), "new session id");
        List<Rule> violations = Browser.violations(driver);
        assertTrue(violations.isEmpty(), "bulletin table:" + Browser.describe(violations));
        Browser.screenshot(driver, "admin-table");

        // Paging and sorting are announced in a polite live region.
        WebElement tableStatus = driver.findElement(By.cssSelector("[data-table-status]"));
        driver.findElement(By.cssSelector("#bang\\:ban-tin .ui-paginator-next")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(15))
                .until(d -> tableStatus.getAttribute("textContent").startsWith("Trang 2"));
        assertEquals("status", tableStatus.getAttribute("role"));
        driver.findElement(By.cssSelector("#bang\\:ban-tin th.ui-sortable-column")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(15))
                .until(d -> tableStatus.getAttribute("textContent").contains("Đã sắp xếp theo Tiêu đề, tăng dần"));
        assertEquals("ascending", driver.findElement(By.cssSelector("#bang\\:ban-tin th.ui-sortable-column"))
                .getAttribute("aria-sort"), "the sort state is in the header too");

        new BackOfficePage(driver, base).follow("Viết bản tin mới");
        EditorPage editor = new EditorPage(driver, base);
        violations = Browser.violations(driver);
        assertTrue(violations.isEmpty(), "empty editor:" + Browser.describe(violations));
        editor.save();
        assertTrue(editor.isInvalid("title"));
        assertEquals("title-error", driver.findElement(By.id("title")).getAttribute("aria-describedby"));
        assertEquals("Hãy nhập tiêu đề.", editor.errorOf("title"));
        violations = Browser.violations(driver);
        assertTrue(violations.isEmpty(), "editor with errors:" + Browser.describe(violations));

        String title = "Tỉnh tổ chức Ngày hội đọc sách " + base.getPort();
        editor.typeTitle(title).chooseSection("Văn hóa - Xã hội")
                .typeLead("Hơn 3.000 học sinh tham gia Ngày hội đọc sách tại thư viện tỉnh.");
        assertFalse(driver.findElement(By.id("body")).isDisplayed(), "the body opens in the visual editor");
        WebElement htmlSource = driver.findElement(By.cssSelector("#body-toolbar .rich-source"));
        htmlSource.click();
        assertEquals("true", htmlSource.getAttribute("aria-pressed"), "the HTML view is announced as on");
        driver.findElement(By.id("body")).sendKeys("<p>Ngày hội có 40 gian sách.</p><script>alert(1)</script>"
                + "<h2>Hoạt động</h2><p>Giao lưu với tác giả.</p><p>Đăng ký <a href=\"https://thuvien.example.vn\">tại đây</a>.</p>"
                + "<table><tr><th>Gian sách</th><td>40</td></tr></table>");
        editor.typeAuthor("Ngọc Ánh").save();
        assertTrue(editor.message().contains("Đã lưu bản tin."), editor.shown());
        assertTrue(editor.address().contains("/admin/ban-tin.xhtml?id="), editor.address());
        assertTrue(driver.findElement(By.id("body-warning")).getText().contains("“tại đây”"),
                "a generic link text is pointed out: " + shown(driver));
        assertTrue(driver.findElement(By.id("body")).isDisplayed(), "a body with a table reopens as HTML, table kept");
        assertTrue(driver.findElement(By.id("body-table-note")).isDisplayed(), "and the editor says why");
        String slug = editor.slug();
        assertTrue(slug.startsWith("tinh-to-chuc-ngay-hoi-doc-sach"), slug);
        assertEquals(404, Portal.get(base, "/tin-tuc/" + slug).statusCode(), "a draft stays hidden");

        String editorUrl = editor.address();
        editor.follow("xem trước");
        assertEquals(title, driver.findElement(By.tagName("h1")).getText(), "the preview shows the bulletin");
        assertTrue(driver.findElement(By.cssSelector("[role=note]")).getText().contains("Bản xem trước"));
        assertTrue(driver.findElement(By.cssSelector(".bulletin-body")).getText().contains("Giao lưu với tác giả."));
        violations = Browser.violations(driver);
        assertTrue(violations.isEmpty(), "preview:" + Browser.describe(violations));
        driver.get(editorUrl);

        Path photo = Files.createDirectories(Path.of(System.getProperty("it.work.dir", "target/it")))
                .resolve("anh-may-anh.jpg");
        Files.write(photo, TestImages.jpegWithExif(640, 360));
        editor.choosePhoto(photo, null, "Các em học sinh đọc sách tại thư viện").upload();
        assertTrue(editor.isInvalid("new-alt"), "an image without a text alternative is refused: " + shown(driver));
        assertTrue(editor.errorOf("new-alt").contains("văn bản thay thế"));
        editor.choosePhoto(photo, "Học sinh ngồi đọc sách bên những kệ sách gỗ", null).upload();
        assertTrue(editor.message().contains("Đã thêm ảnh."), shown(driver));
        assertEquals(1, editor.photoCount());
        violations = Browser.violations(driver);
        assertTrue(violations.isEmpty(), "editor with a figure:" + Browser.describe(violations));

        editor.publish();
        assertTrue(editor.message().contains("Đã đăng bản tin."), shown(driver));
        HttpResponse<String> page = Portal.get(base, "/tin-tuc/" + slug);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(title));
        assertTrue(page.body().contains("<h2>Hoạt động</h2>"));
        assertEquals("40", org.jsoup.Jsoup.parse(page.body()).selectFirst(".bulletin-body table td").text());
        assertFalse(page.body().contains("alert(1)"), "scripts never reach the public page");
        org.jsoup.nodes.Element figure = org.jsoup.Jsoup.parse(page.body()).selectFirst("article.bulletin figure");
        assertEquals("Học sinh ngồi đọc sách bên những kệ sách gỗ", figure.selectFirst("img").attr("alt"));
        assertEquals(figure.selectFirst("figcaption").id(), figure.selectFirst("img").attr("aria-describedby"));
        byte[] served = Portal.getBytes(base, figure.selectFirst("img").attr("src")).body();
        assertFalse(TestImages.contains(served, "GPS") || TestImages.contains(served, "camera-serial"),
                "the camera's metadata never reaches the public");
        Browser.screenshot(driver, "admin-editor");

        driver.get(Portal.resolve(base, "/admin/nhat-ky.xhtml?viec=publish").toString());
        assertTrue(driver.findElement(By.tagName("tbody")).getText().contains(slug), "publication is in the audit log");
        violations = Browser.violations(driver);
        assertTrue(violations.isEmpty(), "audit log:" + Browser.describe(violations));
        editor = EditorPage.openAt(driver, base, editorUrl).archive();
        assertTrue(editor.message().contains("lưu trữ"), shown(driver));
        assertEquals(410, Portal.get(base, "/tin-tuc/" + slug).statusCode(), "a removed bulletin leaves the public at once: 410 Gone");
    }

    @Test
    @Order(5)
    void a_later_save_over_someone_elses_edit_is_refused_and_keeps_the_text() {
        ChromeDriver first = browser();
        EditorPage mine = EditorPage.openNew(first, base)
                .typeTitle("Bản tin để thử sửa cùng lúc " + base.getPort()).chooseSection("Thời sự").save();
        String editorUrl = mine.address();

        ChromeDriver second = Browser.start(true);
        try {
            second.get(editorUrl);
            new SignInPage(second, base).signInWithEnter("admin", ADMIN_PASSWORD);
            EditorPage theirs = EditorPage.openAt(second, base, editorUrl).typeLead("Lời dẫn của người thứ hai.").save();
            assertTrue(theirs.message().contains("Đã lưu"), theirs.shown());
        } finally {
            second.quit();
        }

        mine.typeLead("Lời dẫn của người thứ nhất.").save();
        assertTrue(mine.message().contains("người khác sửa"), "the later save is refused with a clear message");
        assertEquals("Lời dẫn của người thứ nhất.", mine.value("lead"), "and the text stays in the form");

        // Scheduling: a publication time to come leaves the bulletin hidden until then.
        mine = EditorPage.openAt(first, base, editorUrl).typeLead("Lời dẫn.");
        java.time.LocalDateTime goLive = java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
                .plusDays(2).withSecond(0).withNano(0);
        first.executeScript("document.getElementById('publishAt').value = arguments[0];", goLive.toString().substring(0, 16));
        mine.publish();
        String scheduledFor = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").format(goLive);
        assertTrue(mine.message().contains("Đã lên lịch đăng lúc " + scheduledFor),
                "the time is shown as dd/MM/yyyy HH:mm: " + shown(first));
        assertTrue(mine.state().contains(scheduledFor), shown(first));
        String slug = mine.slug();
        assertEquals(404, Portal.get(base, "/tin-tuc/" + slug).statusCode(), "not before its time");
        first.executeScript("document.getElementById('expiresAt').value = '2020-01-01T08:00';");
        mine.publish();
        assertTrue(mine.isInvalid("expiresAt"), "an expiry before publication is refused at its field");

        // History: every save is a revision; two can be compared and an old one restored.
        EditorPage.openAt(first, base, editorUrl).follow("lịch sử");
        List<WebElement> rows = first.findElements(By.cssSelector("tbody tr"));
        assertTrue(rows.size() >= 3, "create, the second editor's save and the schedule: " + shown(first));
        assertTrue(first.findElement(By.cssSelector("ul.diff")).getText().contains("Đã thêm:"), shown(first));
        List<Rule> violations = Browser.violations(first);
        assertTrue(violations.isEmpty(), "history:" + Browser.describe(violations));
        Browser.clickAndWait(first, first.findElement(By.cssSelector("input[value='Khôi phục lần 1']")));
        EditorPage restored = new EditorPage(first, base);
        assertTrue(restored.message().contains("Đã khôi phục"), shown(first));
        assertEquals("", restored.value("lead"), "the first save had no lead");
    }

    @Test
    @Order(6)
    void administrators_manage_accounts_and_sections() {
        ChromeDriver driver = browser();
        driver.get(Portal.resolve(base, "/admin/nguoi-dung.xhtml").toString());
        List<Rule> violations = Browser.violations(driver);
        assertTrue(violations.isEmpty(), "users:" + Browser.describe(violations));
        String username = "bientap" + base.getPort();
        driver.findElement(By.id("nguoi-dung:new-username")).sendKeys(username);
        driver.findElement(By.id("nguoi-dung:new-name")).sendKeys("Biên tập viên Thử");
        driver.findElement(By.id("nguoi-dung:new-password")).sendKeys("ngan");
        BackOfficePage users = new BackOfficePage(driver, base);
        users.press("nguoi-dung:create");
        assertTrue(users.errorOf("new-user").contains("10 ký tự"), shown(driver));
        driver.findElement(By.id("nguoi-dung:new-password")).sendKeys("Bien-tap-thu-2026");
        driver.findElement(By.cssSelector("input[value='EDITOR']")).click();
        users.press("nguoi-dung:create");
        assertTrue(users.message().contains("Đã tạo tài khoản."), shown(driver));
        assertTrue(driver.findElement(By.tagName("main")).getText().contains(username));
        Browser.screenshot(driver, "admin-users");

        driver.get(Portal.resolve(base, "/admin/ma-api.xhtml").toString());
        violations = Browser.violations(driver);
        assertTrue(violations.isEmpty(), "API tokens:" + Browser.describe(violations));

        driver.get(Portal.resolve(base, "/admin/chuyen-muc.xhtml").toString());
        violations = Browser.violations(driver);
        assertTrue(violations.isEmpty(), "sections:" + Browser.describe(violations));
        driver.findElement(By.id("chuyen-muc:new-name")).sendKeys("Thể thao " + base.getPort());
        BackOfficePage sections = new BackOfficePage(driver, base);
        sections.press("chuyen-muc:create");
        assertTrue(sections.message().contains("Đã lưu chuyên mục."), shown(driver));
        driver.findElement(By.id("chuyen-muc:new-name")).sendKeys("Trùng");
        driver.findElement(By.id("chuyen-muc:new-slug")).sendKeys("thoi-su");
        sections.press("chuyen-muc:create");
        assertTrue(sections.errorOf("new-category").contains("đã có chuyên mục"), shown(driver));
        assertEquals(200, Portal.get(base, "/chuyen-muc/the-thao-" + base.getPort()).statusCode(), "the new section is public");
        driver.get(Portal.resolve(base, "/admin/").toString());
    }

    @Test
    @Order(7)
    void an_author_can_submit_but_not_publish_and_signing_out_ends_the_session() {
        ChromeDriver driver = browser();
        SignInPage signedOut = new BackOfficePage(driver, base).signOut();
        assertTrue(signedOut.heading().contains("Đăng nhập"), "signed out");
        StaffClient.ensureAuthor(base);
        signIn(driver, AUTHOR, AUTHOR_PASSWORD);
        new BackOfficePage(driver, base).follow("Viết bản tin mới");
        EditorPage editor = new EditorPage(driver, base);
        assertFalse(editor.offers("publish"), "no publish button for an author");
        editor.typeTitle("Bài của phóng viên " + base.getPort()).chooseSection("Kinh tế")
                .typeLead("Tóm tắt của phóng viên.").submitForReview();
        assertTrue(editor.message().contains("Đã gửi bản tin để duyệt."), editor.message());
        assertTrue(editor.state().contains("Chờ duyệt"));
        String reviewUrl = editor.address();
        assertFalse(editor.offers("send-back"), "an author does not review");

        // An editor sends it back with a comment; the author reads it.
        editor.signOut();
        signIn(driver, "admin", ADMIN_PASSWORD);
        EditorPage review = EditorPage.openAt(driver, base, reviewUrl).sendBack();
        assertTrue(review.isInvalid("reviewComment"), "a comment is required");
        review.typeReviewComment("Cần thêm số liệu của quý III.").sendBack();
        assertTrue(review.state().contains("Bản nháp"), shown(driver));
        List<Rule> violations = Browser.violations(driver);
        assertTrue(violations.isEmpty(), "editor with a review comment:" + Browser.describe(violations));
        review.signOut();
        StaffClient.ensureAuthor(base);
        signIn(driver, AUTHOR, AUTHOR_PASSWORD);
        driver.get(reviewUrl);
        assertTrue(driver.findElement(By.cssSelector("[role=note]")).getText().contains("Cần thêm số liệu của quý III."),
                "the author reads the reviewer's comment");
        driver.get(Portal.resolve(base, "/admin/nhat-ky.xhtml").toString());
        assertTrue(driver.findElement(By.tagName("h1")).getText().contains("Không có quyền"),
                "the audit log is for ADMIN only: " + shown(driver));
        new BackOfficePage(driver, base).open("/admin/").signOut();
        HttpResponse<String> afterSignOut = Portal.get(base, "/admin/");
        assertTrue(afterSignOut.body().contains("<h1>Đăng nhập quản trị</h1>"));
    }

    @Test
    @Order(8)
    void the_whole_editorial_path_works_with_the_keyboard_alone() throws Exception {
        ChromeDriver driver = browser();
        driver.manage().deleteAllCookies();
        driver.get(Portal.resolve(base, "/admin/").toString());
        Actions keys = new Actions(driver);
        tabTo(driver, e -> "username".equals(e.getAttribute("id")));
        WebElement page = driver.findElement(By.tagName("html"));
        keys.sendKeys("admin").sendKeys(Keys.TAB).sendKeys(ADMIN_PASSWORD).sendKeys(Keys.ENTER).perform();
        Browser.awaitNewPage(driver, page);

        tabTo(driver, e -> "Viết bản tin mới".equals(e.getText()));
        enter(driver);
        String title = "Bàn phím thôi cũng đủ " + base.getPort();
        tabTo(driver, e -> "title".equals(e.getAttribute("id")));
        keys.sendKeys(title).perform();
        tabTo(driver, e -> "category".equals(e.getAttribute("id")));
        keys.sendKeys("V").perform();
        assertEquals("Văn hóa - Xã hội", new Select(driver.switchTo().activeElement()).getFirstSelectedOption().getText());
        tabTo(driver, e -> "lead".equals(e.getAttribute("id")));
        keys.sendKeys("Mọi bước đều làm được bằng bàn phím.").perform();
        // The body's toolbar is one tab stop; arrow keys move in it, Enter formats, and Tab leaves the text.
        tabTo(driver, e -> "Tiêu đề mục".equals(e.getText()));
        keys.sendKeys(Keys.TAB).perform();
        assertEquals("body-text", driver.switchTo().activeElement().getAttribute("id"), "one Tab crosses the toolbar");
        assertEquals("textbox", driver.switchTo().activeElement().getAttribute("role"));
        keys.sendKeys("Không cần chuột.").sendKeys(Keys.ENTER).sendKeys("Các bước").perform();
        keys.keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        assertEquals("Tiêu đề mục", driver.switchTo().activeElement().getText(), "Shift+Tab goes back to the toolbar");
        keys.sendKeys(Keys.ARROW_RIGHT).perform();
        assertEquals("Tiêu đề nhỏ", driver.switchTo().activeElement().getText(), "arrow keys move in the toolbar");
        keys.sendKeys(Keys.ARROW_LEFT).sendKeys(Keys.ENTER).perform();
        assertEquals("body-text", driver.switchTo().activeElement().getAttribute("id"), "a format returns to the text");
        keys.sendKeys(Keys.ENTER).sendKeys("Bước một").perform();
        keys.keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        keys.sendKeys(Keys.END).perform();
        WebElement htmlView = driver.switchTo().activeElement();
        assertEquals("Sửa mã HTML", htmlView.getText(), "End reaches the toolbar's last button");
        keys.sendKeys(Keys.ARROW_LEFT, Keys.ARROW_LEFT, Keys.ARROW_LEFT, Keys.ARROW_LEFT, Keys.ARROW_LEFT).perform();
        assertEquals("Danh sách chấm", driver.switchTo().activeElement().getText());
        keys.sendKeys(Keys.ENTER).sendKeys(Keys.TAB).perform();
        assertEquals("author", driver.switchTo().activeElement().getAttribute("id"), "Tab leaves the text, no trap");
        assertEquals("<p>Không cần chuột.</p><h2>Các bước</h2><ul><li>Bước một</li></ul>",
                driver.findElement(By.id("body")).getAttribute("value"), "the editor writes plain semantic HTML");
        tabTo(driver, e -> "save".equals(e.getAttribute("id")));
        enter(driver);
        assertTrue(new BackOfficePage(driver, base).message().contains("Đã lưu bản tin."), shown(driver));

        Path photo = Files.createDirectories(Path.of(System.getProperty("it.work.dir", "target/it"))).resolve("ban-phim.jpg");
        Files.write(photo, TestImages.jpegWithExif(400, 300));
        tabTo(driver, e -> "new-image".equals(e.getAttribute("id")));
        // A file chooser is the browser's own dialog; giving the focused input its file is what it would do.
        driver.switchTo().activeElement().sendKeys(photo.toAbsolutePath().toString());
        tabTo(driver, e -> "new-alt".equals(e.getAttribute("id")));
        keys.sendKeys("Bàn phím máy tính trên mặt bàn gỗ").perform();
        tabTo(driver, e -> "new-caption".equals(e.getAttribute("id")));
        keys.sendKeys("Biên tập viên làm việc không cần chuột").perform();
        tabTo(driver, e -> "upload".equals(e.getAttribute("id")));
        enter(driver);
        assertTrue(new BackOfficePage(driver, base).message().contains("Đã thêm ảnh."), shown(driver));

        tabTo(driver, e -> "xem trước".equals(e.getText()));
        enter(driver);
        assertEquals(title, driver.findElement(By.tagName("h1")).getText(), "preview by keyboard");
        tabTo(driver, e -> "Quay lại sửa bản tin".equals(e.getText()));
        enter(driver);
        tabTo(driver, e -> "publish".equals(e.getAttribute("id")));
        enter(driver);
        assertTrue(new BackOfficePage(driver, base).message().contains("Đã đăng bản tin."), shown(driver));
        String slug = driver.findElement(By.id("slug")).getAttribute("value");
        org.jsoup.nodes.Document reader = org.jsoup.Jsoup.parse(Portal.get(base, "/tin-tuc/" + slug).body());
        assertEquals(title, reader.selectFirst("h1").text());
        assertEquals("Các bước", reader.selectFirst(".bulletin-body h2").text());
        assertEquals("Bước một", reader.selectFirst(".bulletin-body ul > li").text());
        assertTrue(reader.selectFirst("article figure figcaption").text().contains("Biên tập viên làm việc không cần chuột"));
        org.jsoup.nodes.Document found = org.jsoup.Jsoup.parse(Portal.get(base, "/tim-kiem?q=ban+phim+thoi+cung+du").body());
        assertTrue(found.select(".search-result h3").eachText().contains(title), "published from the editor: found at once");

        tabTo(driver, e -> "archive".equals(e.getAttribute("id")));
        enter(driver);
        assertEquals(410, Portal.get(base, "/tin-tuc/" + slug).statusCode(), "removed again, by keyboard too");
        assertFalse(org.jsoup.Jsoup.parse(Portal.get(base, "/tim-kiem?q=ban+phim+thoi+cung+du").body())
                .select(".search-result h3").eachText().contains(title), "and gone from search");
    }

    @Test
    @Order(9)
    void an_editor_keeps_a_bulletins_original_dates_and_old_addresses() {
        ChromeDriver driver = browser();
        driver.manage().deleteAllCookies();
        signIn(driver, "admin", ADMIN_PASSWORD);
        EditorPage editor = EditorPage.openNew(driver, base);
        String title = "Tin chuyển từ cổng cũ " + base.getPort();
        editor.typeTitle(title).chooseSection("Thời sự").typeLead("Bản tin đăng năm 2023 trên cổng cũ.");
        driver.findElement(By.id("legacyAddresses")).sendKeys("/Pages/tin-tuc.aspx?ItemID=777" + Keys.ENTER
                + "/tin-tuc/2023/09/tin-cu-" + base.getPort() + ".html");
        driver.executeScript("document.getElementById('publishAt').value = arguments[0];", "2023-09-15T08:00");
        editor.publish();
        assertTrue(editor.message().contains("Đã đăng bản tin."), shown(driver));
        String slug = editor.slug();
        String editorUrl = editor.address();
        assertTrue(editorUrl.contains("?id="), editorUrl);
        var page = org.jsoup.Jsoup.parse(Portal.get(base, "/tin-tuc/" + slug).body());
        assertTrue(page.selectFirst(".bulletin-date").text().contains("15/09/2023"), "a past time is the original date");
        for (String old : List.of("/Pages/tin-tuc.aspx?ItemID=777", "/tin-tuc/2023/09/tin-cu-" + base.getPort() + ".html")) {
            String answer = Portal.raw(base, "GET", old);
            assertEquals(301, Portal.status(answer), old);
            assertTrue(answer.contains("/tin-tuc/" + slug + "\r\n"), old + ": " + answer);
        }

        // Shown again as saved; the update date is the editor's to keep as the old portal had it.
        assertTrue(editor.value("legacyAddresses").contains("/Pages/tin-tuc.aspx?ItemID=777"));
        driver.executeScript("document.getElementById('revisedAt').value = arguments[0];", "2023-09-20T10:30");
        editor.save();
        assertTrue(editor.message().contains("Đã lưu bản tin."), shown(driver));
        assertEquals("2023-09-20T10:30", editor.value("revisedAt"));
        page = org.jsoup.Jsoup.parse(Portal.get(base, "/tin-tuc/" + slug).body());
        assertTrue(page.selectFirst(".bulletin-date").text().contains("cập nhật 20/09/2023"), page.selectFirst(".bulletin-date").text());
        List<Rule> violations = Browser.violations(driver);
        assertTrue(violations.isEmpty(), "editor with dates and old addresses:" + Browser.describe(violations));

        // A correction readers are told of, then a typo they are not.
        String note = "Sửa ngày hội nghị từ 14/9 thành 15/9.";
        driver.findElement(By.id("changeNote")).sendKeys(note);
        editor.save();
        assertTrue(editor.message().contains("Đã lưu bản tin."), shown(driver));
        assertEquals("", editor.value("changeNote"), "a note belongs to one change");
        assertTrue(Browser.shown(driver).contains(note), "the editor lists the notes made: " + shown(driver));
        driver.findElement(By.id("title")).sendKeys(" (sửa chính tả)");
        driver.findElement(By.id("minorChange")).click();
        editor.save();
        assertTrue(editor.message().contains("Đã lưu bản tin."), shown(driver));
        driver.get(Portal.resolve(base, "/tin-tuc/" + slug).toString());
        WebElement corrections = driver.findElement(By.cssSelector("section.bulletin-corrections"));
        assertEquals(1, corrections.findElements(By.tagName("li")).size(), "the typo added no note");
        assertTrue(corrections.getText().contains(note), corrections.getText());
        assertTrue(driver.findElement(By.cssSelector("h1")).getText().endsWith("(sửa chính tả)"));
        violations = Browser.violations(driver);
        assertTrue(violations.isEmpty(), "bulletin with a correction:" + Browser.describe(violations));
        Browser.screenshot(driver, "bulletin-correction");
        editor = EditorPage.openAt(driver, base, editorUrl);

        // An address that leads elsewhere is refused beside its field, and nothing typed is lost.
        WebElement addresses = driver.findElement(By.id("legacyAddresses"));
        addresses.sendKeys(Keys.ENTER + "https://evil.example/tin");
        editor.save();
        assertTrue(editor.isInvalid("legacyAddresses"), shown(driver));
        assertTrue(editor.errorOf("legacyAddresses").contains("https://evil.example/tin"), editor.errorOf("legacyAddresses"));
        assertTrue(editor.value("legacyAddresses").contains("https://evil.example/tin"), "what was typed stays");
        violations = Browser.violations(driver);
        assertTrue(violations.isEmpty(), "editor with an old address refused:" + Browser.describe(violations));
        assertNotEquals(301, Portal.status(Portal.raw(base, "GET", "/https://evil.example/tin")), "never a way out");
    }

    /** Presses Tab until the focused element is the one wanted (and fails if it never comes). */
    private static void tabTo(ChromeDriver driver, java.util.function.Predicate<WebElement> wanted) {
        Actions keys = new Actions(driver);
        for (int i = 0; i < 150; i++) {
            if (wanted.test(driver.switchTo().activeElement())) {
                return;
            }
            keys.sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("not reachable by Tab: " + shown(driver));
    }

    /** Presses Enter on the focused control and waits for the page it loads. */
    private static void enter(ChromeDriver driver) {
        WebElement page = driver.findElement(By.tagName("html"));
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        Browser.awaitNewPage(driver, page);
    }

    /** Fills and sends the sign-in form; answers the message shown, if any. */
    private String signIn(ChromeDriver driver, String username, String password) {
        return SignInPage.open(driver, base).signIn(username, password);
    }

    static String shown(ChromeDriver driver) {
        return Browser.shown(driver);
    }
}
