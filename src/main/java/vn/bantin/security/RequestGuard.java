package vn.bantin.security;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import vn.bantin.platform.ErrorView;
import vn.bantin.platform.ForwardedRequest;
import vn.bantin.platform.Messages;
import vn.bantin.platform.PlainPage;
import vn.bantin.platform.PortalSettings;
import vn.bantin.platform.SiteHosts;

/**
 * The first check of every request, before anything reads it: everything a request says about
 * itself is a claim until checked here.
 * <ul>
 * <li>the {@code Host} it names must be one of this portal's ({@link SiteHosts}), since pages,
 * feeds and the page cache are written for it (400 otherwise);</li>
 * <li>its path must mean what it says: no encoded slashes, dot segments, control characters or
 * path parameters such as {@code ;jsessionid=} (400), so the page cache and the security
 * constraints judge the same address the application serves;</li>
 * <li>a request that changes something (any method but GET, HEAD, OPTIONS) coming from a page of
 * another site, by its {@code Origin} or else its {@code Referer}, is refused (403): a forged
 * cross-site form post never reaches the back office, the sign-in or the preference forms;</li>
 * <li>Faces forms are posted, never sent as a GET link (400);</li>
 * <li>and every answer carries the headers that keep a browser from guessing types, leaking
 * addresses or framing the back office.</li>
 * </ul>
 */
public class RequestGuard extends HttpFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    /** Settings read once: they change only with a restart, and this runs on every request. */
    private boolean proxyTrusted;
    /** The host and port of {@code bantin.site.url} ("tinh.gov.vn", "localhost:8443"), or null when unset. */
    private String siteAuthority;

    @Override
    public void init() {
        proxyTrusted = ForwardedRequest.proxyTrusted();
        siteAuthority = PortalSettings.value("bantin.site.url").map(RequestGuard::authorityOf).orElse(null);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // On the request itself (attributes are shared with every wrapper), so that beans given
        // the container's request read the same address.
        request.setAttribute(ForwardedRequest.CLIENT_ADDRESS,
                proxyTrusted ? ForwardedRequest.clientAddressBehindProxy(request) : request.getRemoteAddr());
        if (proxyTrusted) {
            request = ForwardedRequest.of(request);
        }
        if (request.getDispatcherType() == DispatcherType.FORWARD) {
            // The sign-in form, shown in place of a back-office page before any filter ran.
            addHeaders(request, response);
            chain.doFilter(request, response);
            return;
        }
        String host = request.getHeader("Host");
        if (SiteHosts.hostOf(host).isEmpty() || (siteAuthority == null && !SiteHosts.isAllowed(host))) {
            // Answered without the error page, which would write the forged name into a page.
            refusePlainly(request, response, 400, "guard.badHost");
            return;
        }
        if (!isPlainPath(request.getRequestURI()) || request.isRequestedSessionIdFromURL()) {
            refuse(request, response, 400, "guard.badPath");
            return;
        }
        if (!SAFE_METHODS.contains(request.getMethod())) {
            if (isCrossSite(request, siteAuthority)) {
                refuse(request, response, 403, "guard.crossSite");
                return;
            }
        } else if (isFacesPostbackByGet(request)) {
            refuse(request, response, 400, "guard.facesByGet");
            return;
        }
        if (!isWellFormedAcceptLanguage(request.getHeader("Accept-Language"))) {
            request = new WithoutAcceptLanguage(request);
        }
        addHeaders(request, response);
        chain.doFilter(request, response);
    }

    private static final Pattern LANGUAGE_RANGE = Pattern.compile(
            "\\s*(\\*|[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*)\\s*(;\\s*q\\s*=\\s*(0(\\.[0-9]{0,3})?|1(\\.0{0,3})?)\\s*)?");

    /** RFC 9110 language ranges with optional weights; absent counts as well-formed. */
    static boolean isWellFormedAcceptLanguage(String header) {
        if (header == null) {
            return true;
        }
        if (header.length() > 500) {
            return false;
        }
        for (String range : header.split(",", -1)) {
            if (!LANGUAGE_RANGE.matcher(range).matches()) {
                return false;
            }
        }
        return true;
    }

    /** A request whose unreadable Accept-Language is treated as absent (the interface language is a cookie anyway). */
    private static final class WithoutAcceptLanguage extends HttpServletRequestWrapper {
        WithoutAcceptLanguage(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            return "Accept-Language".equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return "Accept-Language".equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Locale getLocale() {
            return Locale.forLanguageTag("vi");
        }

        @Override
        public Enumeration<Locale> getLocales() {
            return Collections.enumeration(List.of(getLocale()));
        }
    }

    /** Whether the path has no encoded separators, dot segments, control characters or ';' parameters. */
    static boolean isPlainPath(String rawPath) {
        String lower = rawPath.toLowerCase(Locale.ROOT);
        if (lower.contains("%2f") || lower.contains("%5c") || lower.contains("\\") || lower.contains(";")
                || lower.contains("%3b") || lower.contains("%00") || lower.contains("//")) {
            return false;
        }
        String decoded;
        try {
            decoded = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
        if (decoded.chars().anyMatch(c -> c < 0x20 || c == 0x7f) || decoded.contains("\uFFFD")) {
            return false;
        }
        for (String segment : decoded.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    /**
     * A browser names the page a request comes from in {@code Origin} (every POST from a page) or
     * at least {@code Referer}; a request naming another site is a forgery. Programs that send
     * neither (the API's clients) are judged by their credentials instead.
     */
    static boolean isCrossSite(HttpServletRequest request, String siteAuthority) {
        String origin = request.getHeader("Origin");
        String from = origin != null ? origin : request.getHeader("Referer");
        if (from == null) {
            return false;
        }
        String authority = authorityOf(from);
        return authority == null || !(authority.equals(siteAuthority) || authority.equals(authorityOfHost(request)));
    }

    /** "host[:port]" of an absolute address, lower case, the scheme's default port left out; null if none. */
    static String authorityOf(String address) {
        try {
            URI uri = URI.create(address.strip());
            if (uri.getHost() == null || uri.getScheme() == null) {
                return null;
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = port < 0 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
            return uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    /** The request's Host header in the same form (a browser leaves default ports out of both). */
    private static String authorityOfHost(HttpServletRequest request) {
        String host = request.getHeader("Host").toLowerCase(Locale.ROOT);
        return host.endsWith(":80") || host.endsWith(":443") ? host.substring(0, host.lastIndexOf(':')) : host;
    }

    /** A Faces action or Ajax request sent as a GET (a link anyone can hand a signed-in editor). */
    private static boolean isFacesPostbackByGet(HttpServletRequest request) {
        if (request.getQueryString() == null) {
            return false;
        }
        for (String name : request.getParameterMap().keySet()) {
            if (name.startsWith("jakarta.faces.") || name.startsWith("javax.faces.") || name.startsWith("primefaces.")) {
                return true;
            }
        }
        return false;
    }

    private static void addHeaders(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        response.setHeader("X-Frame-Options", "DENY");
        if (path.startsWith("/admin/") || path.equals("/admin")) {
            // Staff pages are for the person signed in, now: no copy in a browser's or proxy's cache.
            // Their Content-Security-Policy, with PrimeFaces' script nonce, comes from PrimeFaces.
            response.setHeader("Cache-Control", "no-store");
        } else {
            response.setHeader("Content-Security-Policy", ContentSecurity.PUBLIC);
        }
    }


    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String key)
            throws IOException {
        String message = Messages.bundle(request).getString(key);
        request.setAttribute(ErrorView.MESSAGE, message);
        response.setHeader("Cache-Control", "no-store");
        response.sendError(status, message);
    }

    private static void refusePlainly(HttpServletRequest request, HttpServletResponse response, int status, String key)
            throws IOException {
        PlainPage.write(request, response, status, "error.400.title", key);
    }
}
