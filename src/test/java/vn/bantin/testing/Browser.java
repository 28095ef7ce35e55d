package vn.bantin.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium, driven by its own chromedriver (never a downloaded one), with a
 * fresh profile each time.
 */
public final class Browser {

    public static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa",
            "best-practice");

    private Browser() {
    }

    public static ChromeDriver start(boolean javascript) {
        Path profile;
        try {
            Path work = Path.of(System.getProperty("it.work.dir", "target/it"));
            Files.createDirectories(work);
            profile = Files.createTempDirectory(work, "chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--lang=vi", "--window-size=1280,900",
                "--user-data-dir=" + profile);
        // The browser's console, where every Content Security Policy violation is reported.
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        // Headless Chromium does not always honour --window-size; layouts depend on the width.
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        return driver;
    }

    /**
     * axe-core with the WCAG 2.0/2.1/2.2 A and AA rules and best practices; the violations found.
     * Every page checked this way is also checked for Content Security Policy violations since the
     * last check (a blocked script or style, reported on the browser's console): there must be none.
     */
    public static List<Rule> violations(ChromeDriver driver) {
        List<String> blocked = contentSecurityViolations(driver);
        if (!blocked.isEmpty()) {
            throw new AssertionError("Content Security Policy violations on " + driver.getCurrentUrl() + ":\n"
                    + String.join("\n", blocked));
        }
        Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
        return results.getViolations();
    }

    /** What the console reported as blocked by the Content Security Policy since it was last read. */
    public static List<String> contentSecurityViolations(ChromeDriver driver) {
        return driver.manage().logs().get("browser").getAll().stream()
                .map(entry -> entry.getMessage())
                .filter(message -> message.contains("Content Security Policy"))
                .toList();
    }

    public static String describe(List<Rule> violations) {
        StringBuilder text = new StringBuilder();
        for (Rule rule : violations) {
            text.append("\n- ").append(rule.getId()).append(": ").append(rule.getHelp());
            rule.getNodes().forEach(node -> text.append("\n    ").append(node.getHtml()));
        }
        return text.toString();
    }

    /** The whole page, for people to look at; kept under target/screenshots. */
    @SuppressWarnings("unchecked")
    public static void screenshot(ChromeDriver driver, String name) {
        try {
            Path dir = Path.of(System.getProperty("it.work.dir", "target/it")).resolveSibling("screenshots");
            Files.createDirectories(dir);
            Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
            Map<String, Object> content = (Map<String, Object>) metrics.get("cssContentSize");
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
                    "captureBeyondViewport", true,
                    "clip", Map.of("x", 0, "y", 0, "scale", 1,
                            "width", ((Number) content.get("width")).doubleValue(),
                            "height", Math.min(((Number) content.get("height")).doubleValue(), 8000))));
            Files.write(dir.resolve(name + ".png"), java.util.Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Clicks something that loads a new page, and waits until that page is there. */
    public static void clickAndWait(ChromeDriver driver, org.openqa.selenium.WebElement element) {
        org.openqa.selenium.WebElement page = driver.findElement(org.openqa.selenium.By.tagName("html"));
        // A click through the page's own script returns at once; a driver click can fail when the
        // page it clicked on is replaced while the command is still under way.
        driver.executeScript("arguments[0].click();", element);
        awaitNewPage(driver, page);
    }

    /** Waits until the page that {@code old} belongs to has been replaced and the new one loaded. */
    public static void awaitNewPage(ChromeDriver driver, org.openqa.selenium.WebElement old) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> isGone(old));
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> "complete".equals(((ChromeDriver) d).executeScript("return document.readyState")));
    }

    /**
     * Whether an element's page has gone. Chromium reports a node of a replaced document either
     * as stale or, while the new document is being attached, as "not belonging to the document".
     */
    private static boolean isGone(org.openqa.selenium.WebElement old) {
        try {
            old.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /**
     * Whether the page shows the element, as the browser itself judges it. WebDriver's own
     * isDisplayed() and getText() take everything in a closed {@code <details>} for hidden, but
     * the public banner's closed menu is laid out in place on wide screens.
     */
    public static boolean rendered(ChromeDriver driver, org.openqa.selenium.WebElement element) {
        return Boolean.TRUE.equals(driver.executeScript("return arguments[0].checkVisibility();", element));
    }

    /** The element's text as the page shows it (see {@link #rendered}). */
    public static String renderedText(ChromeDriver driver, org.openqa.selenium.WebElement element) {
        return String.valueOf(driver.executeScript("return arguments[0].innerText;", element)).strip();
    }

    /** Where the browser is and what it shows, for failure messages. */
    public static String shown(ChromeDriver driver) {
        return driver.getCurrentUrl() + "\n" + driver.findElement(org.openqa.selenium.By.tagName("body")).getText();
    }

    /** Emulates a viewport of the given CSS width (below what a desktop window allows). */
    public static void viewport(ChromeDriver driver, int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    /**
     * Back to a desktop viewport of 1280 x 900. Set as an override too: once an override is
     * cleared, headless Chromium does not always return to its window's size.
     */
    public static void resetViewport(ChromeDriver driver) {
        viewport(driver, 1280, 900);
    }
}
