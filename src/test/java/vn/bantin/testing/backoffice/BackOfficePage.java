package vn.bantin.testing.backoffice;

import java.net.URL;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import vn.bantin.testing.Browser;
import vn.bantin.testing.Portal;

/** Any back-office page: the messages at the top of its form, its heading, signing out. */
public class BackOfficePage {

    protected final ChromeDriver driver;
    protected final URL base;

    public BackOfficePage(ChromeDriver driver, URL base) {
        this.driver = driver;
        this.base = base;
    }

    /** Opens a back-office address ("/admin/nguoi-dung.xhtml") in this browser. */
    public BackOfficePage open(String path) {
        driver.get(Portal.resolve(base, path).toString());
        return this;
    }

    /** The success or error messages of the last action, as shown; "" when there are none. */
    public String message() {
        List<WebElement> messages = driver.findElements(By.cssSelector(".form-messages"));
        return messages.isEmpty() ? "" : messages.get(0).getText();
    }

    public String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    /** The element holding the keyboard focus. */
    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** Whether a field is marked invalid (aria-invalid="true"). */
    public boolean isInvalid(String fieldId) {
        return "true".equals(driver.findElement(By.id(fieldId)).getAttribute("aria-invalid"));
    }

    /** The error text shown beside a field. */
    public String errorOf(String fieldId) {
        return driver.findElement(By.id(fieldId + "-error")).getText();
    }

    /** Presses the button or link with this id and waits for the page it loads. */
    public void press(String id) {
        Browser.clickAndWait(driver, driver.findElement(By.id(id)));
    }

    /** Follows a link by its text and waits for the page it loads. */
    public void follow(String linkText) {
        Browser.clickAndWait(driver, driver.findElement(By.linkText(linkText)));
    }

    /** Signs out with the banner's button; the sign-in form follows. */
    public SignInPage signOut() {
        Browser.clickAndWait(driver, driver.findElement(By.cssSelector("form.sign-out button")));
        return new SignInPage(driver, base);
    }

    /** What the page shows, for failure messages. */
    public String shown() {
        return Browser.shown(driver);
    }
}
