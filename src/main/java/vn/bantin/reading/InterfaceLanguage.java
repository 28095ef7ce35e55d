package vn.bantin.reading;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The languages of the interface (menus, buttons, messages). Bulletins keep the language they
 * were written in; only the texts around them change.
 */
public enum InterfaceLanguage {

    VI("vi", "Tiếng Việt"),
    EN("en", "English");

    private final String tag;
    private final String ownName;

    InterfaceLanguage(String tag, String ownName) {
        this.tag = tag;
        this.ownName = ownName;
    }

    public String getTag() {
        return tag;
    }

    /** The language's name in the language itself, as a switch to it is labelled. */
    public String getOwnName() {
        return ownName;
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(tag);
    }

    public InterfaceLanguage getOther() {
        return this == VI ? EN : VI;
    }

    public static Optional<InterfaceLanguage> fromTag(String tag) {
        for (InterfaceLanguage language : values()) {
            if (language.tag.equals(tag)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** The language this request's reader chose, Vietnamese when they have not chosen. */
    public static InterfaceLanguage of(HttpServletRequest request) {
        String chosen = PreferenceCookie.LANGUAGE.read(request);
        return chosen == null ? VI : fromTag(chosen).orElse(VI);
    }
}
