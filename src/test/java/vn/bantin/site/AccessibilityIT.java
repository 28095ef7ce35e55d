package vn.bantin.site;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

import vn.bantin.testing.Browser;
import vn.bantin.testing.BrowserSession;
import vn.bantin.testing.Fixtures;
import vn.bantin.testing.Portal;

/**
 * The public pages in headless Chromium: axe-core WCAG 2.2 A/AA checks, and the behaviour axe
 * cannot see (text size, keyboard, skip link, reflow, the accessibility tree).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessibilityIT {

    static final String BULLETIN = Fixtures.CONFERENCE;
    static final List<String> PAGES = List.of("/", "/chuyen-muc/thoi-su", "/chuyen-muc/thoi-su?trang=2", BULLETIN,
            "/tin-tuc/khong-co-ban-tin-nay", "/tim-kiem?q=hoi+nghi", "/tim-kiem?q=khong+co+ket+qua+nao",
            "/tin-tuc/xuat-khau-nong-san-10-thang-dat-320-trieu-usd", "/tuyen-bo-tiep-can",
            "/tin-tuc/phan-luong-giao-thong-tren-duong-tinh-741-trong-thoi-gian-thi-cong");

    @ArquillianResource
    private URL base;

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession();

    private ChromeDriver browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Portal.war();
    }

    @BeforeEach
    void defaultSize() {
        browser = SESSION.driverAtDesktopSize();
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
        // What the live region holds, also while the control waits behind the narrow-screen menu.
        return browser.findElement(By.cssSelector("form.text-size [role=status]")).getAttribute("textContent").strip();
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
        assertEquals("English", Browser.renderedText(browser, english));
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
        assertTrue(browser.getCurrentUrl().endsWith(BULLETIN + "#ngon-ngu"), "back on the same bulletin, at the switch: "
                + browser.getCurrentUrl());
        assertTrue(browser.getTitle().startsWith("News: Hội nghị"), "the title speaks English around the bulletin's own: "
                + browser.getTitle());
        String date = browser.findElement(By.cssSelector(".bulletin-date time")).getText();
        assertTrue(date.matches("\\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \\d{4}"),
                "a date no English reader can misread: " + date);

        for (String path : List.of("/", "/chuyen-muc/thoi-su", BULLETIN, "/tin-tuc/khong-co", "/admin/")) {
            open(path);
            assertFalse(browser.getTitle().matches(".*(Trang chủ|Chuyên mục|Không tìm thấy|Đăng nhập).*"),
                    path + " has a Vietnamese interface title: " + browser.getTitle());
            for (WebElement time : browser.findElements(By.cssSelector("main time"))) {
                assertFalse(time.getText().matches(".*\\d{2}/\\d{2}/\\d{4}.*"), path + " shows a day-first date: " + time.getText());
            }
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
            for (String hidden : List.of(".site-nav", ".bulletin-toolbar", ".site-search", ".breadcrumb", ".reading-tools", ".menu-button")) {
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

    /**
     * Tabs through the page and measures each focus indicator: at least 2 px, and at least 3:1
     * against the background it is drawn on (the outline sits outside the control, so that is the
     * nearest ancestor's background).
     */
    private List<String> weakFocusIndicators(int tabs) {
        Actions keys = new Actions(browser);
        List<String> weak = new java.util.ArrayList<>();
        for (int i = 0; i < tabs; i++) {
            keys.sendKeys(Keys.TAB).perform();
            String problem = (String) browser.executeScript(FOCUS_CHECK);
            if (problem != null && !problem.isEmpty()) {
                weak.add(problem);
            }
        }
        return weak;
    }

    private static final String FOCUS_CHECK = """
            var e = document.activeElement;
            if (!e || e === document.body) { return ''; }
            function rgb(c) { var m = c.match(/[\\d.]+/g).map(Number); return {r: m[0], g: m[1], b: m[2], a: m.length > 3 ? m[3] : 1}; }
            function lum(c) { return [c.r, c.g, c.b].map(function (v) { v /= 255;
                return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); })
                .reduce(function (sum, v, i) { return sum + v * [0.2126, 0.7152, 0.0722][i]; }, 0); }
            var style = getComputedStyle(e);
            var what = e.tagName + ' ' + (e.textContent || e.id || e.name || '').trim().slice(0, 30);
            if (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) < 2) {
                return what + ': outline ' + style.outlineStyle + ' ' + style.outlineWidth; }
            var back = null;
            var inside = parseFloat(style.outlineOffset) < 0;
            for (var p = inside ? e : e.parentElement; p && !back; p = p.parentElement) {
                var c = rgb(getComputedStyle(p).backgroundColor); if (c.a > 0) { back = c; } }
            back = back || {r: 255, g: 255, b: 255};
            var l1 = lum(rgb(style.outlineColor)), l2 = lum(back);
            var ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
            return ratio >= 3 ? '' : what + ': ' + ratio.toFixed(2) + ':1 (' + style.outlineColor + ' on rgb(' + back.r + ',' + back.g + ',' + back.b + '))';
            """;

    @Test
    void every_focus_indicator_has_three_to_one_against_what_surrounds_it_banner_included() {
        for (String path : List.of("/", BULLETIN, "/chuyen-muc/thoi-su?trang=2")) {
            open(path);
            List<String> weak = weakFocusIndicators(45);
            assertTrue(weak.isEmpty(), path + " at 1280 px:\n" + String.join("\n", weak));
        }
        useTextSize(200);
        Browser.viewport(browser, 320, 800);
        open("/");
        browser.findElement(By.cssSelector(".site-menu")).click();
        List<String> weak = weakFocusIndicators(20);
        assertTrue(weak.isEmpty(), "the open menu at 320 px:\n" + String.join("\n", weak));
    }

    @Test
    void at_320_px_and_200_percent_the_headline_is_on_the_first_screen_and_the_menu_opens_without_scripts() {
        useTextSize(200);
        Browser.viewport(browser, 320, 800);
        for (String path : List.of("/", "/chuyen-muc/thoi-su", BULLETIN, "/tim-kiem?q=hoi+nghi")) {
            open(path);
            Map<?, ?> h1 = (Map<?, ?>) browser.executeScript("var r = document.querySelector('h1').getBoundingClientRect();"
                    + "return {top: r.top + window.scrollY, height: r.height, line: parseFloat(getComputedStyle(document.querySelector('h1')).lineHeight),"
                    + " screen: window.innerHeight};");
            double top = ((Number) h1.get("top")).doubleValue();
            assertTrue(top + ((Number) h1.get("line")).doubleValue() <= ((Number) h1.get("screen")).doubleValue(),
                    path + ": the headline's first line is not on the first screen: " + h1);
            assertTrue(((Number) h1.get("height")).doubleValue() <= 6 * ((Number) h1.get("line")).doubleValue(),
                    path + ": the headline takes more than a few lines: " + h1);
            assertFalse(Browser.rendered(browser, browser.findElement(By.cssSelector(".site-nav"))),
                    path + ": the menu waits behind its button");
        }
        Browser.screenshot(browser, "mobile-200-menu-closed");

        ChromeDriver noScript = Browser.start(false);
        try {
            noScript.get(Portal.resolve(base, "/").toString());
            noScript.manage().addCookie(new Cookie("bantin-co-chu", "200", "/"));
            Browser.viewport(noScript, 320, 800);
            noScript.get(Portal.resolve(base, BULLETIN).toString());
            WebElement menu = noScript.findElement(By.cssSelector(".site-menu > summary"));
            assertEquals("Menu", menu.getText());
            assertFalse(noScript.findElement(By.cssSelector(".site-nav")).isDisplayed());
            menu.sendKeys(Keys.ENTER);
            assertTrue(noScript.findElement(By.cssSelector(".site-nav")).isDisplayed(), "Enter opens the menu without scripts");
            assertTrue(noScript.findElement(By.id("tim-nhanh")).isDisplayed(), "and the search box with it");
            Number scroll = (Number) noScript.executeScript("return document.documentElement.scrollWidth;");
            assertTrue(scroll.intValue() <= 320, "the open menu reflows: " + scroll);
            Browser.screenshot(noScript, "mobile-200-menu-open");
        } finally {
            noScript.quit();
        }

        Browser.resetViewport(browser);
        useTextSize(100);
        open("/");
        assertTrue(Browser.rendered(browser, browser.findElement(By.cssSelector(".site-nav"))), "wide screens show the sections");
        assertFalse(Browser.rendered(browser, browser.findElement(By.cssSelector(".site-menu > summary"))), "without a menu button");
        assertTrue(Browser.rendered(browser, browser.findElement(By.id("tim-nhanh"))), "and the search box");
        // What a screen reader is given: the sections' links, not hidden with the closed disclosure.
        Map<String, Object> tree = browser.executeCdpCommand("Accessibility.getFullAXTree", Map.of());
        @SuppressWarnings("unchecked")
        List<String> links = ((List<Map<String, Object>>) tree.get("nodes")).stream()
                .filter(n -> "link".equals(value(n, "role")) && !Boolean.TRUE.equals(n.get("ignored")))
                .map(n -> String.valueOf(value(n, "name"))).toList();
        assertTrue(links.containsAll(List.of("Thời sự", "Kinh tế", "Văn hóa - Xã hội")), "the sections reach the tree: " + links);
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_home_page_announces_each_teaser_picture_at_most_once() {
        open("/");
        List<WebElement> teaserImages = browser.findElements(By.cssSelector(".teaser img"));
        assertFalse(teaserImages.isEmpty(), "the home page has teaser pictures");
        teaserImages.forEach(img -> assertEquals("", img.getAttribute("alt"), "a teaser picture is decorative beside its headline"));
        Map<String, Object> tree = browser.executeCdpCommand("Accessibility.getFullAXTree", Map.of());
        List<String> imageNames = ((List<Map<String, Object>>) tree.get("nodes")).stream()
                .filter(n -> String.valueOf(value(n, "role")).matches("image|img"))
                .filter(n -> !Boolean.TRUE.equals(n.get("ignored")))
                .map(n -> String.valueOf(value(n, "name")))
                .toList();
        assertEquals(new java.util.HashSet<>(imageNames).size(), imageNames.size(), "a text alternative heard twice: " + imageNames);
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
            assertTrue(noScript.getCurrentUrl().endsWith(BULLETIN + "#co-chu"), "back on the same bulletin, at the control: "
                    + noScript.getCurrentUrl());
            new Actions(noScript).sendKeys(Keys.TAB).perform();
            assertEquals("giam", noScript.switchTo().activeElement().getAttribute("value"),
                    "the next Tab is the control's first button, not the skip link at the top");
            assertEquals("125", noScript.findElement(By.tagName("html")).getAttribute("data-text-size"));
            assertEquals("Cỡ chữ: 125%", noScript.findElement(By.cssSelector("form.text-size [role=status]")).getText());
            submitAndWait(noScript, "form.text-size button[value=tang]");
            noScript.get(Portal.resolve(base, "/").toString());
            assertEquals("150", noScript.findElement(By.tagName("html")).getAttribute("data-text-size"),
                    "the choice persists through the server's cookie");
            noScript.get(Portal.resolve(base, BULLETIN).toString());
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
