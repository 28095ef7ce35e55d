package vn.bantin.bulletin;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The HTML a bulletin body may hold: paragraphs, headings h2-h4, lists, emphasis, links to
 * http/https/mailto, quotations and simple tables. Everything else (scripts, event handlers,
 * styles, frames, other URL schemes) is removed before the body is stored.
 */
public final class BodyHtml {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "h2", "h3", "h4", "ul", "ol", "li", "strong", "em", "b", "i",
                    "blockquote", "table", "caption", "thead", "tbody", "tr", "th", "td", "a")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").onElements("a")
            .allowAttributes("scope").matching(false, "row", "col", "rowgroup", "colgroup").onElements("th")
            .allowAttributes("colspan", "rowspan").matching(false, "[1-9][0-9]?").onElements("td", "th")
            .requireRelsOnLinks("noopener", "noreferrer")
            .toFactory();

    private BodyHtml() {
    }

    public static String sanitize(String html) {
        return html == null ? "" : POLICY.sanitize(html);
    }
}
