package vn.bantin.testing.backoffice;

import java.net.URL;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import vn.bantin.testing.Browser;

/** The back office's sign-in form. */
public final class SignInPage extends BackOfficePage {

    public SignInPage(ChromeDriver driver, URL base) {
        super(driver, base);
    }

    /** The back office's address: the sign-in form for a stranger, the bulletin table once signed in. */
    public static SignInPage open(ChromeDriver driver, URL base) {
        SignInPage page = new SignInPage(driver, base);
        page.open("/admin/");
        return page;
    }

    public boolean isShown() {
        return !driver.findElements(By.id("username")).isEmpty();
    }

    /** Fills and sends the form with its button; answers the first message shown ("" when none). */
    public String signIn(String username, String password) {
        if (!isShown()) {
            throw new AssertionError("no sign-in form: " + shown());
        }
        driver.findElement(By.id("username")).clear();
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        press("sign-in");
        List<WebElement> messages = driver.findElements(By.cssSelector(".form-messages li"));
        return messages.isEmpty() ? "" : messages.get(0).getText();
    }

    /** Types the name and the password and sends the form with Enter, as many people do. */
    public void signInWithEnter(String username, String password) {
        driver.findElement(By.id("username")).sendKeys(username);
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(By.id("password")).sendKeys(password, Keys.ENTER);
        Browser.awaitNewPage(driver, page);
    }
}
