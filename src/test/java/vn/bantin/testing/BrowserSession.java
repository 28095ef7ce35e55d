package vn.bantin.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * One browser for a whole test class, started when first used and quit after the class:
 * {@code @RegisterExtension static final BrowserSession browser = new BrowserSession();}.
 */
public final class BrowserSession implements AfterAllCallback {

    private ChromeDriver driver;

    public synchronized ChromeDriver driver() {
        if (driver == null) {
            driver = Browser.start(true);
        }
        return driver;
    }

    /** The class's browser with the window size every test starts from (a test may have narrowed it). */
    public ChromeDriver driverAtDesktopSize() {
        ChromeDriver browser = driver();
        Browser.resetViewport(browser);
        return browser;
    }

    @Override
    public synchronized void afterAll(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }
}
