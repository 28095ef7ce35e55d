package vn.bantin.bulletin;

import java.io.Serializable;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import vn.bantin.text.VietnameseText;

/**
 * An address a bulletin had on the portal it came from ("/Pages/tin-tuc.aspx?ItemID=123"), answered
 * with 301 to its address here. Only a path on this site, with an optional query: never a scheme or
 * another host, so the answer can only lead within the portal. Matched as the old servers did
 * (IIS, most CMSs): case-insensitively, percent-decoded, with query parameters in any order.
 */
@Embeddable
public class LegacyAddress implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int MAX_LENGTH = 2000;

    /** Message keys for an address refused as written. */
    public static final String NOT_A_PATH = "legacy.notAPath";
    public static final String TOO_LONG = "legacy.tooLong";
    public static final String PORTALS_OWN = "legacy.portalsOwn";
    public static final String TAKEN = "legacy.taken";

    /**
     * First path segments the portal answers itself: an old address there would hide a page.
     * Bulletins and sections are reserved only in their own form (one slug), since old portals
     * often used the same words ("/tin-tuc/2024/06/hoi-nghi.html").
     */
    private static final Set<String> OWN_SEGMENTS = Set.of("admin", "api", "health", "anh", "luu-tru", "luot-doc",
            "co-chu", "ngon-ngu", "tim-kiem", "rss", "atom", "sitemap.xml", "robots.txt", "resources",
            "jakarta.faces.resource", "index.xhtml", "tin-tuc.xhtml", "chuyen-muc.xhtml", "tim-kiem.xhtml");
    private static final Pattern OWN_PAGE = Pattern.compile("/(tin-tuc|chuyen-muc)/[a-z0-9]+(-[a-z0-9]+)*/?");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    @Column(name = "address", nullable = false, length = MAX_LENGTH)
    private String address;

    @Column(name = "match_key", nullable = false, length = MAX_LENGTH)
    private String matchKey;

    protected LegacyAddress() {
    }

    private LegacyAddress(String address, String matchKey) {
        this.address = address;
        this.matchKey = matchKey;
    }

    /** The address as written, when it is one this portal can answer; else why not (a message key). */
    public static Parsed parse(String written) {
        String address = written == null ? "" : VietnameseText.clean(written).strip();
        if (address.length() > MAX_LENGTH) {
            return Parsed.refused(TOO_LONG);
        }
        // A path on this site: "/x", never "//host", "/\host" (browsers read both as another
        // host), "https://..." or anything with control characters. Spaces inside are kept: old
        // portals' exports often give addresses decoded ("/Pages/Tin tuc.aspx").
        if (!address.startsWith("/") || address.startsWith("//") || address.startsWith("/\\")
                || SCHEME.matcher(address).find() || address.chars().anyMatch(c -> c < ' ' || c == '\\')
                || address.contains("#")) {
            return Parsed.refused(NOT_A_PATH);
        }
        String key = key(address);
        if (key == null) {
            return Parsed.refused(NOT_A_PATH);
        }
        // The unique index on the key holds at most about 2,700 bytes an entry in PostgreSQL.
        if (key.getBytes(StandardCharsets.UTF_8).length > MAX_LENGTH) {
            return Parsed.refused(TOO_LONG);
        }
        if (isPortalsOwn(key)) {
            return Parsed.refused(PORTALS_OWN);
        }
        return new Parsed(Optional.of(new LegacyAddress(address, key)), null);
    }

    /** What {@link #parse} answers: an address, or the message key saying why not. */
    public record Parsed(Optional<LegacyAddress> address, String problem) {
        static Parsed refused(String problem) {
            return new Parsed(Optional.empty(), problem);
        }
    }

    /**
     * The form two addresses are compared in: path and query percent-decoded (UTF-8, "+" as a
     * space in the query), NFC, lower case, query parameters sorted; "path?query", or "path?" with
     * no query. Null when the address cannot be decoded.
     */
    public static String key(String pathAndQuery) {
        int mark = pathAndQuery.indexOf('?');
        String path = mark < 0 ? pathAndQuery : pathAndQuery.substring(0, mark);
        String query = mark < 0 ? "" : pathAndQuery.substring(mark + 1);
        try {
            String decodedPath = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
            String[] parameters = query.isEmpty() ? new String[0] : Arrays.stream(query.split("&"))
                    .filter(p -> !p.isEmpty())
                    .map(p -> folded(URLDecoder.decode(p, StandardCharsets.UTF_8)))
                    .sorted()
                    .toArray(String[]::new);
            return folded(decodedPath) + "?" + folded(String.join("&", parameters));
        } catch (IllegalArgumentException badEscape) {
            return null;
        }
    }

    /** The key of the same path with no query: an old address without one also answers its path asked with any. */
    public static String pathOnly(String key) {
        return key.substring(0, key.indexOf('?') + 1);
    }

    private static String folded(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    private static boolean isPortalsOwn(String key) {
        String path = key.substring(0, key.indexOf('?'));
        boolean hasQuery = !key.endsWith("?");
        if (path.equals("/") && !hasQuery) {
            return true; // the home page; "/?p=123" (an old WordPress address) is not
        }
        int end = path.indexOf('/', 1);
        String first = end < 0 ? path.substring(1) : path.substring(1, end);
        return OWN_SEGMENTS.contains(first) || OWN_PAGE.matcher(path).matches();
    }

    public String getAddress() {
        return address;
    }

    public String getMatchKey() {
        return matchKey;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LegacyAddress other && Objects.equals(matchKey, other.matchKey);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(matchKey);
    }

    @Override
    public String toString() {
        return address;
    }
}
