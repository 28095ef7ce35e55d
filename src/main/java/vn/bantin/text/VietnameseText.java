package vn.bantin.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text rules for Vietnamese content: one Unicode form everywhere, and URL slugs without marks. */
public final class VietnameseText {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final int MAX_SLUG_LENGTH = 120;

    private VietnameseText() {
    }

    /**
     * NFC, the composed form: "ệ" as one code point. Text typed on some keyboards or pasted from
     * other systems arrives decomposed; stored text is always composed so that search, sorting and
     * equality behave.
     */
    public static String nfc(String text) {
        if (text == null) {
            return null;
        }
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /**
     * Whether the text holds a character no document may carry: a C0 control other than tab and
     * line breaks, U+FFFE/U+FFFF, or half of a surrogate pair. XML 1.0 (feeds, sitemap) cannot
     * express them at all, and in HTML they are invisible traps; input that has them is refused.
     */
    public static boolean hasForbiddenCharacters(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (isForbiddenAt(text, i)) {
                return true;
            }
        }
        return false;
    }

    /** The text without the characters {@link #hasForbiddenCharacters} refuses (for text stored before the rule). */
    public static String withoutForbiddenCharacters(String text) {
        if (!hasForbiddenCharacters(text)) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (!isForbiddenAt(text, i)) {
                kept.append(text.charAt(i));
            }
        }
        return kept.toString();
    }

    private static boolean isForbiddenAt(String text, int i) {
        char c = text.charAt(i);
        if (c < 0x20) {
            return c != '\t' && c != '\n' && c != '\r';
        }
        if (c == '\uFFFE' || c == '\uFFFF') {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return false;
    }

    /** Same as {@link #nfc} with surrounding white space removed; null stays null. */
    public static String clean(String text) {
        return text == null ? null : nfc(text).strip();
    }

    /**
     * "Hội nghị Ban Chấp hành" becomes "hoi-nghi-ban-chap-hanh". Đ/đ is a letter of its own, not
     * D with a mark, so Unicode decomposition leaves it alone: it is mapped explicitly.
     */
    public static String slug(String text) {
        if (text == null) {
            return "";
        }
        String withoutD = nfc(text).replace('đ', 'd').replace('Đ', 'D');
        String ascii = COMBINING_MARKS.matcher(Normalizer.normalize(withoutD, Normalizer.Form.NFD)).replaceAll("");
        String slug = NOT_SLUG.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-");
        slug = trimDashes(slug);
        if (slug.length() > MAX_SLUG_LENGTH) {
            int cut = slug.lastIndexOf('-', MAX_SLUG_LENGTH);
            slug = trimDashes(slug.substring(0, cut > MAX_SLUG_LENGTH / 2 ? cut : MAX_SLUG_LENGTH));
        }
        return slug;
    }

    /** The slug itself when it is one (see {@link #isSlug}); refused with an exception otherwise. */
    public static String requireSlug(String candidate) {
        if (!isSlug(candidate)) {
            throw new IllegalArgumentException("Not a valid slug: " + candidate);
        }
        return candidate;
    }

    /** A slug is lower-case ASCII letters and digits in groups joined by single dashes. */
    public static boolean isSlug(String candidate) {
        return candidate != null && !candidate.isEmpty() && candidate.length() <= MAX_SLUG_LENGTH
                && candidate.matches("[a-z0-9]+(-[a-z0-9]+)*");
    }

    private static String trimDashes(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '-') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '-') {
            end--;
        }
        return s.substring(start, end);
    }
}
