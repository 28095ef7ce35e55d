package vn.bantin.reading;

import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** The interface language of this request, for views ({@code #{language}}) and beans. */
@Named("language")
@RequestScoped
public class LanguagePreference {

    @Inject
    private HttpServletRequest request;

    private InterfaceLanguage current;

    public InterfaceLanguage getCurrent() {
        if (current == null) {
            current = InterfaceLanguage.of(request);
        }
        return current;
    }

    public String getTag() {
        return getCurrent().getTag();
    }

    public Locale getLocale() {
        return getCurrent().getLocale();
    }

    public InterfaceLanguage getOther() {
        return getCurrent().getOther();
    }

    public String getReturnPath() {
        return ReturnPath.of(request);
    }
}
