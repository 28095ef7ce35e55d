package vn.bantin.reading;

import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/**
 * A reader's presentation preferences (text size, reading preferences) applied to a page that was
 * rendered once for everyone with the defaults: the classes and size on {@code <html>}, and the
 * state of the two forms that change them. So the page cache keeps one rendering per page and
 * language, not one per preference set, and every reader still gets their page from the server,
 * without a flash of the default look and without JavaScript.
 *
 * <p>Each change is an exact piece of markup written by layout.xhtml, text-size.xhtml or
 * reading-preferences.xhtml, replaced at its first occurrence: the banner comes before any
 * content, so text in a bulletin can never be what is changed.
 */
public final class PersonalMarkup {

    /** The defaults: the page as rendered. */
    public static final PersonalMarkup NONE = new PersonalMarkup(List.of(), "");

    private final List<String[]> changes;
    private final String variant;

    private PersonalMarkup(List<String[]> changes, String variant) {
        this.changes = changes;
        this.variant = variant;
    }

    /** What this reader's page differs by; {@link #isNone()} for a reader with the defaults. */
    public static PersonalMarkup of(TextSize size, ReadingPreferences reading, ResourceBundle msg) {
        return of(size, reading, () -> msg);
    }

    /**
     * As above, with the reader's messages looked up only when their page differs: most readers
     * have the defaults, and this runs on every page the cache sends.
     */
    public static PersonalMarkup of(TextSize size, ReadingPreferences reading, Supplier<ResourceBundle> messages) {
        if (size.equals(TextSize.DEFAULT) && reading.isDefault()) {
            return NONE;
        }
        ResourceBundle msg = messages.get();
        List<String[]> changes = new ArrayList<>();
        changes.add(new String[] {
                htmlAttributes(TextSize.DEFAULT, ReadingPreferences.DEFAULT), htmlAttributes(size, reading) });
        if (!size.isSmallest()) {
            changes.add(new String[] { button("giam", true), button("giam", false) });
        }
        if (size.isLargest()) {
            changes.add(new String[] { button("tang", false), button("tang", true) });
        }
        if (!size.equals(TextSize.DEFAULT)) {
            changes.add(new String[] { status(TextSize.DEFAULT, msg), status(size, msg) });
        }
        ReadingPreferences standard = ReadingPreferences.DEFAULT;
        if (reading.lineSpacing() != standard.lineSpacing()) {
            changes.add(uncheck("tuy-chon-dong-" + standard.lineSpacing().formValue()));
            changes.add(check("tuy-chon-dong-" + reading.lineSpacing().formValue()));
        }
        if (reading.wideLetters()) {
            changes.add(check("tuy-chon-gian-chu"));
        }
        if (reading.highContrast()) {
            changes.add(check("tuy-chon-tuong-phan"));
        }
        if (reading.readableFont()) {
            changes.add(check("tuy-chon-phong-de-doc"));
        }
        return new PersonalMarkup(changes, size.percent() + "." + reading.toCookie());
    }

    /** The attributes layout.xhtml writes on {@code <html>} after lang. */
    public static String htmlAttributes(TextSize size, ReadingPreferences reading) {
        return "data-text-size=\"" + size.percent() + "\" class=\"" + reading.htmlClass() + "\"";
    }

    /** The status line of the text-size form, as text-size.xhtml writes it. */
    public static String statusText(TextSize size, ResourceBundle msg) {
        return new MessageFormat(msg.getString("textSize.status"), msg.getLocale() == null ? Locale.ROOT : msg.getLocale())
                .format(new Object[] { Integer.toString(size.percent()) });
    }

    private static String status(TextSize size, ResourceBundle msg) {
        return "class=\"text-size-status\" role=\"status\">" + escape(statusText(size, msg)) + "</p>";
    }

    private static String button(String value, boolean disabled) {
        return "value=\"" + value + "\" class=\"text-size-button\" aria-disabled=\"" + disabled + "\"";
    }

    private static String[] check(String id) {
        return new String[] { "id=\"" + id + "\"", "id=\"" + id + "\" checked=\"checked\"" };
    }

    private static String[] uncheck(String id) {
        return new String[] { "id=\"" + id + "\" checked=\"checked\"", "id=\"" + id + "\"" };
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    public boolean isNone() {
        return changes.isEmpty();
    }

    /** Tells this variant's entity tag from the default's (appended inside the quotes). */
    public String variant() {
        return variant;
    }

    /** The page as this reader gets it; a page without the markup (not an HTML page) is unchanged. */
    public byte[] apply(byte[] page) {
        if (isNone()) {
            return page;
        }
        String html = new String(page, StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(html.length() + 64);
        int from = 0;
        boolean changed = false;
        for (String[] change : changes) {
            int at = html.indexOf(change[0], from);
            if (at < 0) {
                continue;
            }
            out.append(html, from, at).append(change[1]);
            from = at + change[0].length();
            changed = true;
        }
        if (!changed) {
            return page;
        }
        out.append(html, from, html.length());
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
