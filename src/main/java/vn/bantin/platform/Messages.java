package vn.bantin.platform;

import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.servlet.http.HttpServletRequest;

/** The interface texts for code outside Faces views (servlets, the API). */
public final class Messages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    /** The reader's choice of language, as the feature that offers the choice reads it. */
    private static final InterfaceLocale CHOSEN = java.util.ServiceLoader
            .load(InterfaceLocale.class, Messages.class.getClassLoader()).findFirst()
            .orElse(request -> VIETNAMESE);

    private Messages() {
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("i18n.messages", locale, Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** In the interface language the reader chose, Vietnamese unless they chose otherwise. */
    public static ResourceBundle bundle(HttpServletRequest request) {
        return bundle(locale(request));
    }

    /** The interface language of this request: what the reader chose, Vietnamese by default. */
    public static Locale locale(HttpServletRequest request) {
        return CHOSEN.of(request);
    }
}
