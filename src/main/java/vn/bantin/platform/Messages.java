package vn.bantin.platform;

import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.servlet.http.HttpServletRequest;

/** The interface texts for code outside Faces views (servlets, the API). */
public final class Messages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private Messages() {
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("i18n.messages", locale, Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** In the interface language the reader chose, Vietnamese unless they chose otherwise. */
    public static ResourceBundle bundle(HttpServletRequest request) {
        return bundle(vn.bantin.language.InterfaceLanguage.of(request).getLocale());
    }
}
