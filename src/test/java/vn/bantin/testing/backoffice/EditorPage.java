package vn.bantin.testing.backoffice;

import java.net.URL;
import java.nio.file.Path;

import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/** The bulletin editor (/admin/ban-tin.xhtml): its fields, photos and workflow buttons. */
public final class EditorPage extends BackOfficePage {

    public EditorPage(ChromeDriver driver, URL base) {
        super(driver, base);
    }

    /** An empty editor for a new bulletin. */
    public static EditorPage openNew(ChromeDriver driver, URL base) {
        EditorPage page = new EditorPage(driver, base);
        page.open("/admin/ban-tin.xhtml");
        return page;
    }

    /** The editor at an address taken earlier from {@link #address()}. */
    public static EditorPage openAt(ChromeDriver driver, URL base, String address) {
        driver.get(address);
        return new EditorPage(driver, base);
    }

    public EditorPage typeTitle(String text) {
        driver.findElement(By.id("title")).sendKeys(text);
        return this;
    }

    public EditorPage chooseSection(String name) {
        new Select(driver.findElement(By.id("category"))).selectByVisibleText(name);
        return this;
    }

    /** The first real section in the list (the list starts with "choose one"). */
    public EditorPage chooseAnySection() {
        new Select(driver.findElement(By.id("category"))).selectByIndex(1);
        return this;
    }

    public EditorPage typeLead(String text) {
        driver.findElement(By.id("lead")).sendKeys(text);
        return this;
    }

    public EditorPage typeAuthor(String text) {
        driver.findElement(By.id("author")).sendKeys(text);
        return this;
    }

    public EditorPage typeReviewComment(String text) {
        driver.findElement(By.id("reviewComment")).sendKeys(text);
        return this;
    }

    /** Chooses a photo file and types its texts (null leaves a field as it is). */
    public EditorPage choosePhoto(Path file, String alt, String caption) {
        driver.findElement(By.id("new-image")).sendKeys(file.toAbsolutePath().toString());
        if (alt != null) {
            driver.findElement(By.id("new-alt")).sendKeys(alt);
        }
        if (caption != null) {
            driver.findElement(By.id("new-caption")).sendKeys(caption);
        }
        return this;
    }

    /** Chooses a document file and types its details (null leaves a field empty), then adds it. */
    public EditorPage addDocument(Path file, String number, String issuer, String abstractText) {
        driver.findElement(By.id("new-document-file")).sendKeys(file.toAbsolutePath().toString());
        if (number != null) {
            driver.findElement(By.id("new-document-number")).sendKeys(number);
        }
        if (issuer != null) {
            driver.findElement(By.id("new-document-issuer")).sendKeys(issuer);
        }
        if (abstractText != null) {
            driver.findElement(By.id("new-document-abstract")).sendKeys(abstractText);
        }
        press("upload-document");
        return this;
    }

    /** The documents' file names, as the editor lists them. */
    public java.util.List<String> documentFiles() {
        return driver.findElements(By.cssSelector(".documents-edit .document-file a")).stream()
                .map(org.openqa.selenium.WebElement::getText).toList();
    }

    public EditorPage save() {
        press("save");
        return this;
    }

    public EditorPage upload() {
        press("upload");
        return this;
    }

    public EditorPage publish() {
        press("publish");
        return this;
    }

    public EditorPage submitForReview() {
        press("submit-review");
        return this;
    }

    public EditorPage sendBack() {
        press("send-back");
        return this;
    }

    public EditorPage archive() {
        press("archive");
        return this;
    }

    /** Withdraws the bulletin with a notice: the reason readers see, and what replaces it (null for nothing). */
    public EditorPage withdraw(String explanation, String replacement) {
        driver.findElement(By.id("withdrawalExplanation")).clear();
        driver.findElement(By.id("withdrawalExplanation")).sendKeys(explanation);
        driver.findElement(By.id("withdrawalReplacement")).clear();
        if (replacement != null) {
            driver.findElement(By.id("withdrawalReplacement")).sendKeys(replacement);
        }
        press("withdraw");
        return this;
    }

    public boolean offers(String buttonId) {
        return !driver.findElements(By.id(buttonId)).isEmpty();
    }

    public String value(String fieldId) {
        return driver.findElement(By.id(fieldId)).getAttribute("value");
    }

    public String slug() {
        return value("slug");
    }

    /** The bulletin's state as the editor states it ("Bản nháp", "Chờ duyệt", a scheduled time). */
    public String state() {
        return driver.findElement(By.cssSelector(".editor-state")).getText();
    }

    public int photoCount() {
        return driver.findElements(By.cssSelector("fieldset.figure-edit img")).size();
    }

    /** This editor's address, to come back to it. */
    public String address() {
        return driver.getCurrentUrl();
    }
}
