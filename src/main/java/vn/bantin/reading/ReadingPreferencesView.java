package vn.bantin.reading;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The reading preferences of this request, for the layout ({@code <html>} classes) and the
 * "Tùy chọn đọc" form. A page rendered for the page cache is rendered with the defaults and
 * personalised as it is sent ({@link PersonalMarkup}).
 */
@Named("readingPreferences")
@RequestScoped
public class ReadingPreferencesView {

    @Inject
    private HttpServletRequest request;

    private ReadingPreferences current;

    public ReadingPreferences getCurrent() {
        if (current == null) {
            current = of(request);
        }
        return current;
    }

    public String getHtmlClass() {
        return getCurrent().htmlClass();
    }

    public boolean lineSpacing(String formValue) {
        return getCurrent().lineSpacing().formValue().equals(formValue);
    }

    public boolean isWideLetters() {
        return getCurrent().wideLetters();
    }

    public boolean isHighContrast() {
        return getCurrent().highContrast();
    }

    public boolean isReadableFont() {
        return getCurrent().readableFont();
    }

    public String getReturnPath() {
        return ReturnPath.of(request);
    }

    public static ReadingPreferences of(HttpServletRequest request) {
        return ReadingPreferences.fromCookie(PreferenceCookie.READING.read(request));
    }
}
