package vn.bantin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.results.Rule;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * The public pages in headless Chromium: axe-core WCAG 2.2 A/AA checks, and the behaviour axe
 * cannot see (text size, keyboard, skip link, reflow, the accessibility tree).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessibilityIT {

    static final String BULLETIN = PublicPagesIT.CONFERENCE;
    static final List<String> PAGES = List.of("/", "/chuyen-muc/thoi-su", "/chuyen-muc/thoi-su?trang=2", BULLETIN,
            "/tin-tuc/khong-co-ban-tin-nay", "/tim-kiem?q=hoi+nghi", "/tim-kiem?q=khong+co+ket+qua+nao");

    @ArquillianResource
    private URL base;

    private static ChromeDriver browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Portal.war();
    }

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start(true);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void defaultSize() {
        Browser.resetViewport(browser);
        open("/");
        browser.manage().deleteAllCookies();
    }

    private void open(String path) {
        browser.get(Portal.resolve(base, path).toString());
    }

    private void useTextSize(int percent) {
        open("/");
        browser.manage().addCookie(new Cookie("bantin-co-chu", Integer.toString(percent), "/"));
    }

    private String textSize() {
        return browser.findElement(By.tagName("html")).getAttribute("data-text-size");
    }

    private double bodyFontPx() {
        String size = (String) browser.executeScript("return getComputedStyle(document.body).fontSize;");
        return Double.parseDouble(size.replace("px", ""));
    }

    private WebElement button(String change) {
        return browser.findElement(By.cssSelector("form.text-size button[value='" + change + "']"));
    }

    private String status() {
        return browser.findElement(By.cssSelector("form.text-size [role=status]")).getText();
    }

    @Test
    void every_public_page_type_passes_axe_at_normal_and_largest_text() {
        for (int percent : List.of(100, 200)) {
            useTextSize(percent);
            for (String path : PAGES) {
                open(path);
                assertEquals(Integer.toString(percent), textSize());
                List<Rule> violations = Browser.violations(browser);
                assertTrue(violations.isEmpty(), path + " at " + percent + "%:" + Browser.describe(violations));
                Browser.screenshot(browser, "desktop-" + percent + "-" + name(path));
            }
        }
    }

    @Test
    void text_size_steps_from_100_to_200_in_place_and_announces_each_size() {
        open(BULLETIN);
        assertEquals("100", textSize());
        assertEquals(16.0, bodyFontPx(), 0.01);
        browser.executeScript("window.samePage = true;");
        int[] expected = {125, 150, 175, 200};
        for (int percent : expected) {
            button("tang").click();
            assertEquals(Integer.toString(percent), textSize());
            assertEquals(16.0 * percent / 100, bodyFontPx(), 0.01, "all text scales by rem");
            assertEquals("Cỡ chữ: " + percent + "%", status(), "the live region speaks");
        }
        assertEquals("polite", browser.executeScript(
                "return document.querySelector('form.text-size [role=status]').ariaLive || 'polite';"));
        button("tang").click();
        assertEquals("200", textSize(), "200% is the largest step");
        assertEquals("true", button("tang").getAttribute("aria-disabled"));
        assertEquals(Boolean.TRUE, browser.executeScript("return window.samePage === true;"), "no page load");

        browser.navigate().refresh();
        assertEquals("200", textSize(), "kept across a reload");
        assertEquals(32.0, bodyFontPx(), 0.01);
        String first = browser.getWindowHandle();
        browser.switchTo().newWindow(WindowType.TAB);
        open("/chuyen-muc/kinh-te");
        assertEquals("200", textSize(), "kept in a new tab and on other pages");
        assertEquals("Cỡ chữ: 200%", status());
        browser.close();
        browser.switchTo().window(first);

        button("giam").click();
        assertEquals("175", textSize());
        button("mac-dinh").click();
        assertEquals("100", textSize());
        assertEquals("Cỡ chữ: 100%", status());
        assertEquals("true", button("giam").getAttribute("aria-disabled"));
    }

    @Test
    void keyboard_alone_reaches_the_skip_link_first_and_operates_the_text_size() {
        open(BULLETIN);
        Actions keys = new Actions(browser);
        keys.sendKeys(Keys.TAB).perform();
        WebElement skip = browser.switchTo().activeElement();
        assertEquals("Bỏ qua, đến nội dung chính", skip.getText(), "skip link is the first tab stop");
        assertTrue(skip.isDisplayed(), "visible when focused");
        keys.sendKeys(Keys.ENTER).perform();
        assertEquals("noi-dung", browser.switchTo().activeElement().getAttribute("id"), "focus moves into main");

        WebElement larger = button("tang");
        for (int i = 0; i < 40 && !larger.equals(browser.switchTo().activeElement()); i++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        assertEquals(larger, browser.switchTo().activeElement(), "Tăng cỡ chữ is reachable by Tab");
        assertFalse("none".equals(browser.executeScript("return getComputedStyle(document.activeElement).outlineStyle;")),
                "visible focus indicator");
        Map<?, ?> rect = (Map<?, ?>) browser.executeScript(
                "var r = document.activeElement.getBoundingClientRect(); return {w: r.width, h: r.height};");
        assertTrue(((Number) rect.get("w")).doubleValue() >= 24 && ((Number) rect.get("h")).doubleValue() >= 24,
                "target at least 24x24: " + rect);
        keys.sendKeys(Keys.ENTER).perform();
        assertEquals("125", textSize());
        keys.sendKeys(Keys.SPACE).perform();
        assertEquals("150", textSize());
        assertEquals(larger, browser.switchTo().activeElement(), "focus stays on the control");
    }

    @Test
    void english_interface_is_chosen_by_keyboard_kept_across_pages_and_passes_axe() {
        open(BULLETIN);
        WebElement english = browser.findElement(By.cssSelector("form.language-switch button"));
        assertEquals("English", english.getText());
        assertEquals("en", english.getAttribute("lang"), "the switch is announced in its own language");
        Actions keys = new Actions(browser);
        for (int i = 0; i < 40 && !english.equals(browser.switchTo().activeElement()); i++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        assertEquals(english, browser.switchTo().activeElement(), "the language switch is reachable by Tab");
        WebElement page = browser.findElement(By.tagName("html"));
        keys.sendKeys(Keys.ENTER).perform();
        Browser.awaitNewPage(browser, page);
        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(browser.getCurrentUrl().endsWith(BULLETIN), "back on the same bulletin: " + browser.getCurrentUrl());

        for (String path : List.of("/", "/chuyen-muc/thoi-su", BULLETIN, "/tin-tuc/khong-co", "/admin/")) {
            open(path);
            assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"), path + " keeps the choice");
            List<Rule> violations = Browser.violations(browser);
            assertTrue(violations.isEmpty(), "English " + path + ":" + Browser.describe(violations));
            Browser.screenshot(browser, "english-" + name(path));
        }
        Browser.clickAndWait(browser, browser.findElement(By.cssSelector("form.language-switch button")));
        assertEquals("vi", browser.findElement(By.tagName("html")).getAttribute("lang"), "and back to Vietnamese");
    }

    @Test
    void search_works_with_the_keyboard_alone_from_any_page() {
        open(BULLETIN);
        Actions keys = new Actions(browser);
        WebElement box = browser.findElement(By.id("tim-nhanh"));
        for (int i = 0; i < 40 && !box.equals(browser.switchTo().activeElement()); i++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        assertEquals(box, browser.switchTo().activeElement(), "the banner's search box is reachable by Tab");
        assertEquals("search", browser.findElement(By.cssSelector("form.site-search")).getAttribute("role"));
        WebElement page = browser.findElement(By.tagName("html"));
        keys.sendKeys("hoi nghi ban chap hanh").sendKeys(Keys.ENTER).perform();
        Browser.awaitNewPage(browser, page);
        assertTrue(browser.getCurrentUrl().contains("/tim-kiem?q=hoi+nghi+ban+chap+hanh"), browser.getCurrentUrl());
        assertTrue(browser.findElement(By.cssSelector(".search-count")).getText().startsWith("Tìm thấy"));
        List<Rule> violations = Browser.violations(browser);
        assertTrue(violations.isEmpty(), "search with results:" + Browser.describe(violations));

        WebElement words = browser.findElement(By.id("q"));
        for (int i = 0; i < 40 && !words.equals(browser.switchTo().activeElement()); i++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        assertEquals(words, browser.switchTo().activeElement(), "the search page's own box is reachable by Tab");
        WebElement firstResult = browser.findElement(By.cssSelector(".search-result h3 a"));
        for (int i = 0; i < 20 && !firstResult.equals(browser.switchTo().activeElement()); i++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        assertEquals(firstResult, browser.switchTo().activeElement(), "then on to the results");

        words = browser.findElement(By.id("q"));
        words.clear();
        page = browser.findElement(By.tagName("html"));
        words.sendKeys("khong co ket qua nao ca", Keys.ENTER);
        Browser.awaitNewPage(browser, page);
        assertTrue(browser.findElement(By.cssSelector(".search-count")).getText().startsWith("Không tìm thấy"));
        violations = Browser.violations(browser);
        assertTrue(violations.isEmpty(), "search without results:" + Browser.describe(violations));
        Browser.screenshot(browser, "search-none");
    }

    @Test
    void printing_keeps_the_bulletin_and_its_captions_and_drops_navigation_and_toolbars() {
        open(BULLETIN);
        assertTrue(browser.findElement(By.cssSelector("[data-print]")).isDisplayed(), "the print action appears with scripts");
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            for (String hidden : List.of(".site-nav", ".bulletin-toolbar", ".site-search", ".breadcrumb", ".utility-bar")) {
                assertEquals("none", browser.findElement(By.cssSelector(hidden)).getCssValue("display"), hidden + " in print");
            }
            assertTrue(browser.findElement(By.cssSelector("h1.bulletin-title")).isDisplayed());
            assertTrue(browser.findElement(By.cssSelector("article.bulletin figure img")).isDisplayed());
            assertTrue(browser.findElement(By.cssSelector("article.bulletin figcaption")).getText().contains("Các đại biểu dự Hội nghị"));
            browser.executeScript("var a = document.createElement('a'); a.href = 'https://dichvucong.gov.vn'; a.id = 'lien-ket-in';"
                    + "a.textContent = 'Cổng dịch vụ công'; document.querySelector('.bulletin-body').appendChild(a);");
            Object after = browser.executeScript(
                    "return getComputedStyle(document.getElementById('lien-ket-in'), '::after').content;");
            assertTrue(String.valueOf(after).contains("attr(href)") || String.valueOf(after).contains("dichvucong"),
                    "link addresses are printed: " + after);
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    void largest_text_at_320_px_reflows_without_horizontal_scrolling() {
        useTextSize(200);
        Browser.viewport(browser, 320, 800);
        for (String path : PAGES) {
            open(path);
            assertEquals("200", textSize());
            Map<?, ?> widths = (Map<?, ?>) browser.executeScript(
                    "var d = document.documentElement; var widest = 0;"
                    + "document.querySelectorAll('body *').forEach(function (e) {"
                    + "  var r = e.getBoundingClientRect(); if (r.width > 0) { widest = Math.max(widest, r.right); } });"
                    + "return {scroll: d.scrollWidth, client: d.clientWidth, widest: widest};");
            double client = ((Number) widths.get("client")).doubleValue();
            assertTrue(((Number) widths.get("scroll")).doubleValue() <= client, path + " scrolls sideways: " + widths);
            assertTrue(((Number) widths.get("widest")).doubleValue() <= client + 0.5, path + " clips: " + widths);
            Browser.screenshot(browser, "mobile-200-" + name(path));
        }
        useTextSize(100);
        for (String path : List.of("/", BULLETIN)) {
            open(path);
            Browser.screenshot(browser, "mobile-100-" + name(path));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void figure_captions_reach_the_accessibility_tree_as_image_descriptions() {
        open(BULLETIN);
        Map<String, Object> tree = browser.executeCdpCommand("Accessibility.getFullAXTree", Map.of());
        List<Map<String, Object>> nodes = (List<Map<String, Object>>) tree.get("nodes");
        Map<String, Object> image = nodes.stream()
                .filter(n -> "Hội trường lớn với sân khấu trang trí băng rôn đỏ, phía dưới là nhiều hàng ghế đại biểu."
                        .equals(value(n, "name")))
                .findFirst().orElseThrow(() -> new AssertionError("the image is named by its alt text"));
        assertTrue(String.valueOf(value(image, "role")).matches("image|img"), "role " + value(image, "role"));
        assertEquals("Các đại biểu dự Hội nghị (Ảnh: Thanh Hà)", value(image, "description"),
                "the caption is the image's description");
    }

    @Test
    void text_size_works_with_javascript_off() {
        ChromeDriver noScript = Browser.start(false);
        try {
            noScript.get(Portal.resolve(base, BULLETIN).toString());
            assertFalse(noScript.findElement(By.cssSelector("button[data-print]")).isDisplayed(),
                    "print needs scripts, so it is not offered without them");
            // Each button posts a form and the answer is a new page: wait for it before looking.
            submitAndWait(noScript, "form.text-size button[value=tang]");
            assertTrue(noScript.getCurrentUrl().endsWith(BULLETIN), "back on the same bulletin");
            assertEquals("125", noScript.findElement(By.tagName("html")).getAttribute("data-text-size"));
            assertEquals("Cỡ chữ: 125%", noScript.findElement(By.cssSelector("form.text-size [role=status]")).getText());
            submitAndWait(noScript, "form.text-size button[value=tang]");
            noScript.get(Portal.resolve(base, "/").toString());
            assertEquals("150", noScript.findElement(By.tagName("html")).getAttribute("data-text-size"),
                    "the choice persists through the server's cookie");
            submitAndWait(noScript, "form.text-size button[value=mac-dinh]");
            assertEquals("100", noScript.findElement(By.tagName("html")).getAttribute("data-text-size"));
        } finally {
            noScript.quit();
        }
    }

    /** Clicks a form's button (no page script needed) and waits for the page that answers. */
    private static void submitAndWait(ChromeDriver driver, String button) {
        org.openqa.selenium.WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(By.cssSelector(button)).click();
        Browser.awaitNewPage(driver, page);
    }

    @SuppressWarnings("unchecked")
    private static Object value(Map<String, Object> node, String field) {
        Object axValue = node.get(field);
        return axValue instanceof Map ? ((Map<String, Object>) axValue).get("value") : null;
    }

    private static String name(String path) {
        String name = path.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return name.isEmpty() ? "home" : name.length() > 40 ? name.substring(0, 40) : name;
    }
}
