package vn.bantin.reading;

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
 * "Tùy chọn đọc" in headless Chromium: each setting changes what the reader sees, by keyboard and
 * without JavaScript, is kept across reloads, tabs and pages, and every theme passes axe, reflows
 * at 320 px with 200 % text, and the high-contrast theme's text measures at least 7:1.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReadingPreferencesIT {

    private static final String BULLETIN = Fixtures.CONFERENCE;
    private static final List<String> PAGES = List.of("/", BULLETIN, "/chuyen-muc/thoi-su", "/tim-kiem?q=hoi+nghi",
            "/tuyen-bo-tiep-can", "/tin-tuc/khong-co-ban-tin-nay");
    /** Every setting on, and each theme alone. */
    private static final List<String> SETS = List.of("20.1.1.1", "15.0.0.0", "20.0.0.0", "10.1.0.0", "10.0.1.0", "10.0.0.1");

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
    void defaults() {
        browser = SESSION.driverAtDesktopSize();
        open("/");
        browser.manage().deleteAllCookies();
    }

    private void open(String path) {
        browser.get(Portal.resolve(base, path).toString());
    }

    private String htmlClass(ChromeDriver driver) {
        return driver.findElement(By.tagName("html")).getAttribute("class");
    }

    private double style(String selector, String property) {
        Object value = browser.executeScript(
                "return getComputedStyle(document.querySelector(arguments[0]))[arguments[1]];", selector, property);
        return Double.parseDouble(String.valueOf(value).replace("px", ""));
    }

    private WebElement options(ChromeDriver driver) {
        return driver.findElement(By.cssSelector("details.reading-options"));
    }

    @Test
    void each_setting_is_applied_in_place_by_keyboard_announced_and_kept_across_reloads_and_tabs() {
        open(BULLETIN);
        double fontSize = style(".bulletin-body p", "fontSize");
        double normalLines = style(".bulletin-body p", "lineHeight");
        assertEquals("doc", htmlClass(browser));

        WebElement summary = options(browser).findElement(By.tagName("summary"));
        assertEquals("Tùy chọn đọc", Browser.renderedText(browser, summary));
        Actions keys = new Actions(browser);
        for (int i = 0; i < 60 && !summary.equals(browser.switchTo().activeElement()); i++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        assertEquals(summary, browser.switchTo().activeElement(), "Tùy chọn đọc is reachable by Tab");
        keys.sendKeys(Keys.ENTER).perform();
        assertTrue(options(browser).getAttribute("open") != null, "Enter opens the options");

        // Line spacing: Tab to the radio group, arrow to 1,5 and then 2.
        keys.sendKeys(Keys.TAB).perform();
        assertEquals("tuy-chon-dong-thuong", browser.switchTo().activeElement().getAttribute("id"));
        keys.sendKeys(Keys.ARROW_RIGHT).perform();
        assertEquals("doc gian-dong-15", htmlClass(browser));
        assertEquals(1.8 * fontSize, style(".bulletin-body p", "lineHeight"), 0.5, "1.5 lines");
        assertTrue(status().contains("Giãn dòng 1,5"), "announced: " + status());
        keys.sendKeys(Keys.ARROW_RIGHT).perform();
        assertEquals(2.4 * fontSize, style(".bulletin-body p", "lineHeight"), 0.5, "2 lines");
        assertTrue(style(".bulletin-body p", "lineHeight") > normalLines);

        // The boxes: Tab to each, Space ticks it.
        keys.sendKeys(Keys.TAB).perform();
        assertEquals("tuy-chon-gian-chu", browser.switchTo().activeElement().getAttribute("id"));
        keys.sendKeys(Keys.SPACE).perform();
        assertEquals(0.12 * fontSize, style(".bulletin-body p", "letterSpacing"), 0.1, "letter spacing of WCAG 1.4.12");
        assertEquals(0.16 * fontSize, style(".bulletin-body p", "wordSpacing"), 0.1, "word spacing of WCAG 1.4.12");
        keys.sendKeys(Keys.TAB, Keys.SPACE).perform();
        assertEquals("rgb(0, 0, 0)", browser.executeScript("return getComputedStyle(document.querySelector('.site-header')).backgroundColor;"),
                "high contrast: a black banner");
        keys.sendKeys(Keys.TAB, Keys.SPACE).perform();
        assertEquals("doc gian-dong-2 gian-chu tuong-phan phong-de-doc", htmlClass(browser));
        assertTrue(String.valueOf(browser.executeScript("return getComputedStyle(document.body).fontFamily;")).startsWith("\"Lexend BanTin\""));
        Boolean fontReady = (Boolean) browser.executeAsyncScript(
                "var done = arguments[0]; document.fonts.load('16px \"Lexend BanTin\"', 'Hội nghị Đảng bộ').then("
                        + "function (faces) { done(faces.length > 0 && document.fonts.check('16px \"Lexend BanTin\"', 'ỹ Ữ đ')); });");
        assertTrue(fontReady, "the readable font is shipped with the portal and covers Vietnamese");
        assertTrue(status().contains("Tương phản cao") && status().contains("Phông chữ dễ đọc"), status());
        assertEquals("polite", browser.executeScript(
                "return document.querySelector('.reading-options-form [role=status]').ariaLive || 'polite';"));

        browser.navigate().refresh();
        assertEquals("doc gian-dong-2 gian-chu tuong-phan phong-de-doc", htmlClass(browser), "kept across a reload");
        assertTrue(browser.findElement(By.id("tuy-chon-dong-2")).isSelected() || "true".equals(
                browser.executeScript("return String(document.getElementById('tuy-chon-dong-2').checked);")),
                "the form shows the choice");
        browser.switchTo().newWindow(WindowType.TAB);
        open("/chuyen-muc/thoi-su");
        assertEquals("doc gian-dong-2 gian-chu tuong-phan phong-de-doc", htmlClass(browser), "kept in a new tab and on other pages");
        assertEquals(Boolean.TRUE, browser.executeScript("return document.getElementById('tuy-chon-tuong-phan').checked;"));
        browser.close();
        browser.switchTo().window(browser.getWindowHandles().iterator().next());

        open(BULLETIN);
        browser.executeScript("document.querySelector('details.reading-options').open = true;");
        browser.findElement(By.cssSelector(".reading-options-form button[value=mac-dinh]")).click();
        assertEquals("doc", htmlClass(browser));
        browser.navigate().refresh();
        assertEquals("doc", htmlClass(browser), "back to the defaults for good");
    }

    private String status() {
        return browser.findElement(By.cssSelector(".reading-options-form [role=status]")).getAttribute("textContent").strip();
    }

    @Test
    void the_form_works_with_javascript_off_and_brings_the_reader_back_to_it() {
        ChromeDriver noScript = Browser.start(false);
        try {
            noScript.get(Portal.resolve(base, BULLETIN).toString());
            WebElement summary = options(noScript).findElement(By.tagName("summary"));
            summary.sendKeys(Keys.ENTER);
            noScript.findElement(By.cssSelector("label[for=tuy-chon-dong-15]")).click();
            noScript.findElement(By.cssSelector("label[for=tuy-chon-tuong-phan]")).click();
            WebElement page = noScript.findElement(By.tagName("html"));
            noScript.findElement(By.cssSelector(".reading-options-form button[value=ap-dung]")).click();
            Browser.awaitNewPage(noScript, page);
            assertTrue(noScript.getCurrentUrl().endsWith(BULLETIN + "#tuy-chon"), "back on the bulletin, at the form: "
                    + noScript.getCurrentUrl());
            assertEquals("doc gian-dong-15 tuong-phan", htmlClass(noScript));
            assertTrue(noScript.findElement(By.id("tuy-chon-dong-15")).isSelected());
            assertTrue(noScript.findElement(By.id("tuy-chon-tuong-phan")).isSelected());
            assertFalse(noScript.findElement(By.id("tuy-chon-gian-chu")).isSelected());
            new Actions(noScript).sendKeys(Keys.TAB).perform();
            assertFalse("skip-link".equals(noScript.switchTo().activeElement().getAttribute("class")),
                    "the next Tab goes on from the form, not from the top of the page");

            noScript.get(Portal.resolve(base, "/").toString());
            assertEquals("doc gian-dong-15 tuong-phan", htmlClass(noScript), "the choice persists through the server's cookie");
            noScript.get(Portal.resolve(base, "/tuyen-bo-tiep-can").toString());
            assertEquals("doc gian-dong-15 tuong-phan", htmlClass(noScript), "on pages rendered for this reader alone too");
            assertTrue(noScript.findElement(By.id("tuy-chon-tuong-phan")).isSelected());

            noScript.get(Portal.resolve(base, BULLETIN).toString());
            options(noScript).findElement(By.tagName("summary")).sendKeys(Keys.ENTER);
            page = noScript.findElement(By.tagName("html"));
            noScript.findElement(By.cssSelector(".reading-options-form button[value=mac-dinh]")).click();
            Browser.awaitNewPage(noScript, page);
            assertEquals("doc", htmlClass(noScript));
        } finally {
            noScript.quit();
        }
    }

    @Test
    void every_theme_passes_axe_and_reflows_at_320_px_with_200_percent_text() {
        for (String set : SETS) {
            browser.manage().addCookie(new Cookie("bantin-tuy-chon", set, "/"));
            browser.manage().addCookie(new Cookie("bantin-co-chu", "100", "/"));
            Browser.resetViewport(browser);
            for (String path : PAGES) {
                open(path);
                browser.executeScript("document.querySelectorAll('details').forEach(function (d) { d.open = true; });");
                List<Rule> violations = Browser.violations(browser);
                assertTrue(violations.isEmpty(), path + " with " + set + ":" + Browser.describe(violations));
            }
            browser.manage().addCookie(new Cookie("bantin-co-chu", "200", "/"));
            Browser.viewport(browser, 320, 800);
            for (String path : PAGES) {
                open(path);
                browser.executeScript("document.querySelectorAll('details').forEach(function (d) { d.open = true; });");
                Number scroll = (Number) browser.executeScript("return document.documentElement.scrollWidth;");
                assertTrue(scroll.intValue() <= 320, path + " with " + set + " at 200 % scrolls sideways: " + scroll);
            }
            Browser.screenshot(browser, "reading-" + set.replace('.', '-') + "-320-200");
        }
        Browser.resetViewport(browser);
    }

    /** Every piece of text on the page against what is behind it, as WCAG computes contrast. */
    private static final String LOWEST_CONTRAST = """
            function rgba(c) { var m = c.match(/[\\d.]+/g).map(Number); return {r: m[0], g: m[1], b: m[2], a: m.length > 3 ? m[3] : 1}; }
            function lum(c) { return [c.r, c.g, c.b].map(function (v) { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); })
                .reduce(function (s, v, i) { return s + v * [0.2126, 0.7152, 0.0722][i]; }, 0); }
            function behind(el) { for (var e = el; e; e = e.parentElement) { var b = rgba(getComputedStyle(e).backgroundColor); if (b.a > 0) { return b; } } return {r: 255, g: 255, b: 255, a: 1}; }
            var lowest = {ratio: 99, text: ''};
            document.querySelectorAll('body *').forEach(function (el) {
                var own = Array.prototype.some.call(el.childNodes, function (n) { return n.nodeType === 3 && n.textContent.trim(); });
                if (!own || !el.checkVisibility() || el.closest('.visually-hidden')) { return; }
                var a = lum(rgba(getComputedStyle(el).color)), b = lum(behind(el));
                var ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
                if (ratio < lowest.ratio) { lowest = {ratio: ratio, text: el.tagName + ' ' + el.textContent.trim().slice(0, 40)}; }
            });
            return lowest;""";

    @Test
    void the_high_contrast_theme_measures_at_least_7_to_1_underlines_links_and_thickens_focus() {
        browser.manage().addCookie(new Cookie("bantin-tuy-chon", "10.0.1.0", "/"));
        for (String path : PAGES) {
            open(path);
            browser.executeScript("document.querySelectorAll('details').forEach(function (d) { d.open = true; });");
            Map<?, ?> lowest = (Map<?, ?>) browser.executeScript(LOWEST_CONTRAST);
            assertTrue(((Number) lowest.get("ratio")).doubleValue() >= 7, path + ": " + lowest);
            List<?> plainLinks = (List<?>) browser.executeScript("return Array.prototype.filter.call(document.querySelectorAll('main a, footer a'),"
                    + " function (a) { return a.checkVisibility() && getComputedStyle(a).textDecorationLine.indexOf('underline') < 0; })"
                    + ".map(function (a) { return a.textContent.trim(); });");
            assertTrue(plainLinks.isEmpty(), path + ": links not underlined: " + plainLinks);
        }
        open(BULLETIN);
        WebElement archive = browser.findElement(By.cssSelector(".archive-link"));
        // Focus by keyboard (a scripted focus() does not always count as :focus-visible).
        browser.executeScript("arguments[0].focus();", browser.findElement(By.cssSelector("button[data-print]")));
        new Actions(browser).sendKeys(Keys.TAB).perform();
        assertEquals(archive, browser.switchTo().activeElement());
        assertEquals("4px", browser.executeScript("return getComputedStyle(document.activeElement).outlineWidth;"),
                "a thicker focus outline");
        Browser.screenshot(browser, "reading-high-contrast");

        browser.manage().deleteCookieNamed("bantin-tuy-chon");
        open(BULLETIN);
        Map<?, ?> usual = (Map<?, ?>) browser.executeScript(LOWEST_CONTRAST);
        assertTrue(((Number) usual.get("ratio")).doubleValue() >= 4.5, "the usual theme keeps AA: " + usual);
    }
}
