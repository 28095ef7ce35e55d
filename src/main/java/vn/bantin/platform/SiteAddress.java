package vn.bantin.platform;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The portal's absolute address, for feeds, the sitemap and links shared outside the portal.
 * {@code bantin.site.url} (environment {@code BANTIN_SITE_URL}) sets it when the portal runs behind
 * a proxy; otherwise it is the address the request came to.
 */
public final class SiteAddress {

    /** {@code bantin.site.url} without a trailing slash, or "" (read once: it changes with a restart). */
    private static volatile String configured;

    private SiteAddress() {
    }

    private static String configured() {
        String url = configured;
        if (url == null) {
            url = PortalSettings.value("bantin.site.url").orElse("").strip();
            url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
            configured = url;
        }
        return url;
    }

    /** Without a trailing slash: "https://tinhxyz.gov.vn" or "http://localhost:8080/bantin". */
    public static String base(HttpServletRequest request) {
        String site = configured();
        if (!site.isEmpty()) {
            return site;
        }
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + request.getContextPath();
    }

    /** A path inside the portal (starting with '/', without the context path) made absolute. */
    public static String absolute(HttpServletRequest request, String path) {
        return base(request) + path;
    }
}
