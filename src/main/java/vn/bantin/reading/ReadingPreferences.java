package vn.bantin.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a reader wants text laid out, besides its size ("Tùy chọn đọc"): line spacing, the letter and
 * word spacing of WCAG 1.4.12, a high-contrast theme and a readable font. Applied by classes on
 * {@code <html>}, so one rendering of a page serves every reader (see {@link PersonalMarkup}).
 *
 * <p>Kept in a cookie as four fields, {@code "15.1.0.0"}: line spacing (10 normal, 15, 20), then
 * letter spacing, high contrast and readable font (1 on, 0 off). One spelling per set, so nginx's
 * microcache can take the value into its key without made-up values filling it.
 */
public record ReadingPreferences(LineSpacing lineSpacing, boolean wideLetters, boolean highContrast,
        boolean readableFont) {

    public static final ReadingPreferences DEFAULT = new ReadingPreferences(LineSpacing.NORMAL, false, false, false);

    private static final Pattern COOKIE = Pattern.compile("(10|15|20)\\.([01])\\.([01])\\.([01])");

    /** Line spacing in multiples of single spacing, as word processors name it. */
    public enum LineSpacing {
        NORMAL("10", "thuong"), ONE_AND_HALF("15", "15"), DOUBLE("20", "2");

        private final String cookieField;
        private final String formValue;

        LineSpacing(String cookieField, String formValue) {
            this.cookieField = cookieField;
            this.formValue = formValue;
        }

        public String formValue() {
            return formValue;
        }

        static LineSpacing fromForm(String value) {
            for (LineSpacing spacing : values()) {
                if (spacing.formValue.equals(value)) {
                    return spacing;
                }
            }
            return null;
        }

        static LineSpacing fromCookie(String field) {
            for (LineSpacing spacing : values()) {
                if (spacing.cookieField.equals(field)) {
                    return spacing;
                }
            }
            return NORMAL;
        }
    }

    /** A cookie value from outside: anything but the one spelling means the defaults. */
    public static ReadingPreferences fromCookie(String value) {
        if (value == null) {
            return DEFAULT;
        }
        Matcher fields = COOKIE.matcher(value.trim());
        if (!fields.matches()) {
            return DEFAULT;
        }
        return new ReadingPreferences(LineSpacing.fromCookie(fields.group(1)), "1".equals(fields.group(2)),
                "1".equals(fields.group(3)), "1".equals(fields.group(4)));
    }

    public String toCookie() {
        return lineSpacing.cookieField + "." + bit(wideLetters) + "." + bit(highContrast) + "." + bit(readableFont);
    }

    private static String bit(boolean on) {
        return on ? "1" : "0";
    }

    /**
     * What the form sends: a line spacing (radio) and a box for each of the others, which a browser
     * leaves out when unticked. Returns null when the line spacing is missing or unknown.
     */
    public static ReadingPreferences fromForm(String lineSpacing, String wideLetters, String highContrast,
            String readableFont) {
        LineSpacing spacing = LineSpacing.fromForm(lineSpacing);
        if (spacing == null) {
            return null;
        }
        return new ReadingPreferences(spacing, wideLetters != null, highContrast != null, readableFont != null);
    }

    public boolean isDefault() {
        return equals(DEFAULT);
    }

    /** The classes on {@code <html>}: always "doc", then one per setting that is on (site.css). */
    public String htmlClass() {
        List<String> classes = new ArrayList<>(List.of("doc"));
        if (lineSpacing != LineSpacing.NORMAL) {
            classes.add("gian-dong-" + lineSpacing.formValue);
        }
        if (wideLetters) {
            classes.add("gian-chu");
        }
        if (highContrast) {
            classes.add("tuong-phan");
        }
        if (readableFont) {
            classes.add("phong-de-doc");
        }
        return String.join(" ", classes);
    }
}
