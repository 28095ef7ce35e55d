package vn.bantin.search;

import org.owasp.html.Encoding;

/** The words of a sanitised bulletin body, without its markup, for indexing and excerpts. */
final class PlainText {

    private PlainText() {
    }

    static String of(String sanitisedHtml) {
        if (sanitisedHtml == null || sanitisedHtml.isEmpty()) {
            return "";
        }
        // The body has passed the sanitiser, so every '<' starts a well-formed tag.
        String text = sanitisedHtml.replaceAll("(?i)<br\\s*/?>|</(p|h[1-6]|li|blockquote|tr|td|th|caption)>", "\n")
                .replaceAll("<[^>]*>", "");
        return Encoding.decodeHtml(text, false).replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll("\\s*\\n\\s*", "\n").strip();
    }
}
