package vn.bantin.cache;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLTransientConnectionException;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import vn.bantin.reading.InterfaceLanguage;
import vn.bantin.platform.DatabaseOutage;
import vn.bantin.platform.SiteAddress;
import vn.bantin.platform.Messages;
import vn.bantin.reading.PersonalMarkup;
import vn.bantin.reading.PreferenceCookie;
import vn.bantin.reading.ReadingPreferencesView;
import vn.bantin.reading.TextSizePreference;
import vn.bantin.site.PublicRoutes;

/**
 * Serves public pages, feeds and read-API answers from {@link PageCache}: the first request for
 * an address and variant renders it; later ones get the stored bytes, gzip-compressed when the
 * client accepts it, or 304 when their copy is still current (ETag / Last-Modified). Only
 * anonymous GET requests are served this way. Browsers are asked to revalidate every time
 * ({@code no-cache}), so a withdrawn bulletin disappears for them at once too.
 */
public class PageCacheFilter extends HttpFilter {

    @Inject
    private PageCache cache;

    @Inject
    private RenderedPage rendered;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!isCacheable(request)) {
            chain.doFilter(request, response);
            return;
        }
        String key = key(request);
        Instant now = Instant.now();
        Optional<CachedPage> cached = cache.find(key, now);
        if (cached.isEmpty()) {
            CompletableFuture<Optional<CachedPage>> mine = new CompletableFuture<>();
            CompletableFuture<Optional<CachedPage>> other = cache.startRendering(key, mine);
            if (other == null) {
                renderForAll(request, response, chain, key, now, mine);
                return;
            }
            cached = PageCache.await(other);
            if (cached.isEmpty() && PageCache.failedForOutage(other)) {
                // The reader before this one found the database away; no use trying again at once.
                throw new ServletException(new SQLTransientConnectionException("The database is unavailable"));
            }
            if (cached.isEmpty()) {
                render(request, response, chain, key, Instant.now());
                return;
            }
        } else if (cached.get().isDue(now)) {
            // Past its minute: this reader renders it again, those arriving meanwhile get the copy in hand.
            CompletableFuture<Optional<CachedPage>> mine = new CompletableFuture<>();
            if (cache.startRendering(key, mine) == null) {
                try {
                    renderForAll(request, response, chain, key, now, mine);
                    return;
                } catch (IOException | ServletException | RuntimeException failure) {
                    if (!DatabaseOutage.isDatabaseUnavailable(failure) || response.isCommitted()) {
                        throw failure;
                    }
                    // The database is away: the copy in hand is better than no page.
                    response.reset();
                }
            }
        }
        send(request, response, cached.get());
    }

    /** Renders the answer as the one rendering of it that other readers wait for. */
    private void renderForAll(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String key,
            Instant now, CompletableFuture<Optional<CachedPage>> mine) throws IOException, ServletException {
        Optional<CachedPage> kept = Optional.empty();
        boolean outage = false;
        try {
            kept = render(request, response, chain, key, now);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (DatabaseOutage.isDatabaseUnavailable(failure)) {
                outage = true;
                cache.failRendering(key, mine, failure);
            }
            throw failure;
        } finally {
            if (!outage) {
                cache.finishRendering(key, mine, kept);
            }
        }
    }

    /** Anonymous GET of a cacheable public address, with a query string of reasonable length. */
    private static boolean isCacheable(HttpServletRequest request) {
        String query = request.getQueryString();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "GET".equals(request.getMethod()) && PublicRoutes.isCacheable(path)
                && request.getHeader("Authorization") == null && (query == null || query.length() <= 2000);
    }

    /** Renders the answer, sends it, and keeps it when it may be reused. */
    private Optional<CachedPage> render(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
            String key, Instant now) throws IOException, ServletException {
        long generation = cache.generation();
        PageCache.Lifetime lifetime = cache.lifetime(now);
        CapturingResponse capture = new CapturingResponse(response);
        // Rendered for every reader: their presentation preferences are applied as it is sent.
        request.setAttribute(PreferenceCookie.RENDERING_FOR_EVERYONE, Boolean.TRUE);
        try {
            chain.doFilter(request, capture);
        } finally {
            // An error page the container renders after this is for this reader alone.
            request.removeAttribute(PreferenceCookie.RENDERING_FOR_EVERYONE);
        }
        if (capture.isPassedOn()) {
            return Optional.empty();
        }
        byte[] body = capture.body();
        String type = response.getContentType();
        // A page rendered for a signed-in member of staff is sent, never kept: it is theirs.
        if (capture.isCacheable() && type != null && request.getUserPrincipal() == null) {
            CachedPage page = CachedPage.of(type, body, now, lifetime, rendered.bulletinId());
            boolean kept = cache.put(key, page, generation);
            send(request, response, page);
            return kept ? Optional.of(page) : Optional.empty();
        }
        if (type != null && type.startsWith("text/html")) {
            body = personalMarkup(request).apply(body);
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        return Optional.empty();
    }

    /** What this reader's copy of an HTML page differs by from the one rendered for everyone. */
    private static PersonalMarkup personalMarkup(HttpServletRequest request) {
        return PersonalMarkup.of(TextSizePreference.of(request), ReadingPreferencesView.of(request),
                () -> Messages.bundle(request));
    }

    private static void send(HttpServletRequest request, HttpServletResponse response, CachedPage page) throws IOException {
        boolean gzip = page.gzipped() != null && acceptsGzip(request);
        PersonalMarkup personal = page.contentType().startsWith("text/html")
                ? personalMarkup(request) : PersonalMarkup.NONE;
        String etag = page.etag(gzip);
        if (!personal.isNone()) {
            etag = etag.substring(0, etag.length() - 1) + "." + personal.variant() + "\"";
        }
        response.setHeader("ETag", etag);
        response.setHeader("Last-Modified", page.lastModified());
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("Vary", "Accept-Encoding, Cookie");
        // For nginx's microcache in front of a cluster: keep it until the end of this second at the
        // latest (nginx counts whole seconds, so "1s" alone would mean up to two), then ask again.
        // nginx does not pass this header on to readers.
        response.setHeader("X-Accel-Expires", "@" + Instant.now().getEpochSecond());
        if (notModified(request, page, etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(page.contentType());
        byte[] bytes;
        if (personal.isNone()) {
            bytes = gzip ? page.gzipped() : page.body();
        } else {
            // Readers with their own presentation are few; their copy is made and compressed as sent.
            byte[] own = personal.apply(page.body());
            bytes = gzip ? CachedPage.gzip(own) : own;
        }
        if (gzip) {
            response.setHeader("Content-Encoding", "gzip");
        }
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private static boolean notModified(HttpServletRequest request, CachedPage page, String etag) {
        String match = request.getHeader("If-None-Match");
        if (match != null) {
            for (String candidate : match.split(",")) {
                String tag = candidate.strip();
                if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
                    return true;
                }
            }
            return false;
        }
        long since = request.getDateHeader("If-Modified-Since");
        return since >= 0 && page.created().toEpochMilli() <= since;
    }

    private static boolean acceptsGzip(HttpServletRequest request) {
        String accepted = request.getHeader("Accept-Encoding");
        return accepted != null && accepted.toLowerCase(java.util.Locale.ROOT).contains("gzip");
    }

    /**
     * The site address the page was written for (its absolute links come from it), the decoded
     * path (RequestGuard has refused encoded slashes and dot segments, so it names one resource;
     * "/tin-tuc/a" and "/tin-tuc/%61" share one entry), and the interface language. Text size and
     * reading preferences are not in it: one rendering serves them all ({@link PersonalMarkup}).
     */
    private static String key(HttpServletRequest request) {
        String query = request.getQueryString();
        String path = URLDecoder.decode(request.getRequestURI().replace("+", "%2B"), StandardCharsets.UTF_8);
        return SiteAddress.base(request) + path + (query == null ? "" : "?" + query)
                + "|" + InterfaceLanguage.of(request).getTag();
    }
}
