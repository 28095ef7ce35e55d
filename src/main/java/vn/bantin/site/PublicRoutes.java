package vn.bantin.site;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one list of the portal's public addresses. The router, the page cache (what may be kept),
 * the sitemap, robots.txt, the feeds, the API and every link to a bulletin or a section take their
 * addresses from here, so renaming an address is one change. All paths are relative to the
 * application's context path. Images keep their addresses with them ({@code media.StoredImage}):
 * the media feature stands below the site and serves the back office too.
 */
public final class PublicRoutes {

    public static final String HOME = "/";
    /** A bulletin: {@code /tin-tuc/{slug}}. */
    public static final String BULLETINS = "/tin-tuc/";
    /** A section: {@code /chuyen-muc/{slug}?trang=N}. */
    public static final String SECTIONS = "/chuyen-muc/";
    public static final String SEARCH = "/tim-kiem";
    /**
     * Official documents: the list {@code /van-ban?co-quan=&nam=&trang=}, and each file at
     * {@code /van-ban/{id}.{ext}} (documents.DocumentServlet; the file's address is the document's own).
     */
    public static final String DOCUMENTS = "/van-ban";
    public static final String RSS = "/rss";
    public static final String ATOM = "/atom";
    /** A bulletin's printable PDF copy: {@code /luu-tru/{slug}.pdf}. */
    public static final String ARCHIVE = "/luu-tru/";
    public static final String SITEMAP = "/sitemap.xml";
    public static final String ROBOTS = "/robots.txt";
    /** The read API's bulletins: the list, one bulletin, and what lies under it. */
    public static final String API_BULLETINS = "/api/v1/bulletins";
    public static final String API_SEARCH = "/api/v1/search";
    /**
     * A reading of a bulletin: {@code /luot-doc/{id}}, the one-pixel image its page loads. Counted
     * there, not when the page is sent, so that pages served by a cache in front still count.
     */
    public static final String READINGS = "/luot-doc/";
    /** A bulletin's audio reading: {@code /nghe/{slug}.{ogg|wav|...}?v=...} (listening). */
    public static final String LISTENING = "/nghe/";
    /** The accessibility statement, with its feedback form (posted to the same address). */
    public static final String STATEMENT = "/tuyen-bo-tiep-can";
    /** The back office; never public, never crawled. */
    public static final String BACK_OFFICE = "/admin/";

    /** The Faces view each kind of routed page is drawn by. */
    public enum Page {
        BULLETIN("/tin-tuc.xhtml"),
        SECTION("/chuyen-muc.xhtml"),
        SEARCH("/tim-kiem.xhtml"),
        DOCUMENTS("/van-ban.xhtml");

        private final String view;

        Page(String view) {
            this.view = view;
        }

        public String view() {
            return view;
        }
    }

    /** A routed page and the slug it names (none for the search page and the documents list). */
    public record Route(Page page, String slug) {
    }

    private static final Pattern SLUGGED = Pattern.compile(
            "(" + Pattern.quote(BULLETINS) + "|" + Pattern.quote(SECTIONS) + ")([^/]+)");

    private PublicRoutes() {
    }

    public static String bulletin(String slug) {
        return BULLETINS + slug;
    }

    public static String reading(long bulletinId) {
        return READINGS + bulletinId;
    }

    /** The reading's address; its version changes when the reading does, so it may be kept long. */
    public static String listening(String slug, String extension, String version) {
        return LISTENING + slug + "." + extension + "?v=" + version;
    }

    public static String section(String slug) {
        return SECTIONS + slug;
    }

    public static String archive(String slug) {
        return ARCHIVE + slug + ".pdf";
    }

    /** The feed of the whole site ({@code sectionSlug} null) or of one section. */
    public static String feed(boolean atom, String sectionSlug) {
        return (atom ? ATOM : RSS) + (sectionSlug == null ? "" : "/" + sectionSlug);
    }

    /** The page a routed address names, if it names one; {@code /tin-tuc/a/b} and {@code /tin-tuc/} name none. */
    public static Optional<Route> route(String path) {
        if (SEARCH.equals(path)) {
            return Optional.of(new Route(Page.SEARCH, null));
        }
        if (DOCUMENTS.equals(path)) {
            return Optional.of(new Route(Page.DOCUMENTS, null));
        }
        Matcher slugged = SLUGGED.matcher(path);
        if (!slugged.matches()) {
            return Optional.empty();
        }
        Page page = slugged.group(1).equals(BULLETINS) ? Page.BULLETIN : Page.SECTION;
        return Optional.of(new Route(page, slugged.group(2)));
    }

    /**
     * The addresses whose answers are the same for every anonymous reader (given the language and
     * text size), and so may be kept by the page cache: pages, feeds, sitemap, robots and the read API.
     */
    public static boolean isCacheable(String path) {
        return path.equals(HOME) || path.startsWith(SECTIONS) || path.startsWith(BULLETINS)
                || path.equals(SEARCH) || path.equals(DOCUMENTS) || path.equals(STATEMENT) || isUnder(path, RSS) || isUnder(path, ATOM)
                || path.equals(SITEMAP) || path.equals(ROBOTS)
                || path.startsWith(API_BULLETINS) || path.equals(API_SEARCH);
    }

    /**
     * Addresses crawlers are asked to leave alone: the back office, search answers (endless and
     * thin) and readings (a crawler's visit is not a reading).
     */
    public static List<String> notForCrawlers() {
        return List.of(BACK_OFFICE, SEARCH, READINGS);
    }

    private static boolean isUnder(String path, String root) {
        return path.equals(root) || path.startsWith(root + "/");
    }
}
