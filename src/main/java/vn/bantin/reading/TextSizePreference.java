package vn.bantin.reading;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The text size of this request, read from the reader's cookie. The page is rendered at that
 * size by the server, so there is no flash of the default size before scripts run, and the
 * choice holds with JavaScript off.
 */
@Named("textSize")
@RequestScoped
public class TextSizePreference {

    @Inject
    private HttpServletRequest request;

    private TextSize size;

    public TextSize getCurrent() {
        if (size == null) {
            size = of(request);
        }
        return size;
    }

    public int getPercent() {
        return getCurrent().percent();
    }

    public boolean isLargest() {
        return getCurrent().isLargest();
    }

    public boolean isSmallest() {
        return getCurrent().isSmallest();
    }

    /** "Cỡ chữ: 125%", in the reader's language. */
    public String getStatus() {
        return PersonalMarkup.statusText(getCurrent(), vn.bantin.platform.Messages.bundle(request));
    }

    public String getSteps() {
        return TextSize.STEPS.toString().replaceAll("[\\[\\] ]", "");
    }

    /** The path to come back to after a change without JavaScript. */
    public String getReturnPath() {
        return ReturnPath.of(request);
    }

    public static TextSize of(HttpServletRequest request) {
        return TextSize.fromCookie(PreferenceCookie.TEXT_SIZE.read(request));
    }
}
