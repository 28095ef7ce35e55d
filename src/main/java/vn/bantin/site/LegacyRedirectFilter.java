package vn.bantin.site;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import vn.bantin.bulletin.Bulletin;
import vn.bantin.bulletin.BulletinRepository;
import vn.bantin.platform.SiteAddress;

/**
 * Old addresses of bulletins brought in from another portal: answered with 301 to the bulletin's
 * address here, built from its slug and this portal's own address, so never anywhere else.
 * A bulletin readers cannot see (a draft, withdrawn, not yet published) is not revealed: its old
 * address goes on to the usual 404.
 */
public class LegacyRedirectFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /**
     * Browsers keep a 301 as long as they are told; a day, so that a bulletin whose address
     * changes later is found again by tomorrow's readers.
     */
    static final String KEEP = "public, max-age=86400";

    @Inject
    private LegacyRedirects redirects;

    @Inject
    private BulletinRepository bulletins;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        Optional<Bulletin> target = redirects.bulletinAt(query == null ? path : path + "?" + query)
                .flatMap(bulletins::findById)
                .filter(bulletin -> bulletin.isVisibleAt(Instant.now()));
        if (target.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        response.setHeader("Location", SiteAddress.absolute(request, PublicRoutes.bulletin(target.get().getSlug())));
        response.setHeader("Cache-Control", KEEP);
        response.setContentLength(0);
    }
}
