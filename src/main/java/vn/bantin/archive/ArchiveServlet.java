package vn.bantin.archive;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import vn.bantin.bulletin.Bulletin;
import vn.bantin.bulletin.BulletinRepository;
import vn.bantin.platform.Messages;
import vn.bantin.site.PublicRoutes;
import vn.bantin.platform.SiteAddress;

/** {@code /luu-tru/{slug}.pdf}: the archive copy of a published bulletin, as a download. */
@WebServlet(PublicRoutes.ARCHIVE + "*")
public class ArchiveServlet extends HttpServlet {

    @Inject
    private BulletinRepository bulletins;

    @Inject
    private ArchiveCopies copies;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        Optional<Bulletin> bulletin = Optional.empty();
        if (path != null && path.matches("/[a-z0-9-]{1,200}\\.pdf")) {
            String slug = path.substring(1, path.length() - ".pdf".length());
            bulletin = bulletins.findVisibleBySlug(slug, Instant.now());
        }
        if (bulletin.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, Messages.bundle(request).getString("error.404.detail"));
            return;
        }
        Bulletin found = bulletin.get();
        String portal = Messages.bundle(Messages.VIETNAMESE).getString("site.agency");
        String address = SiteAddress.absolute(request, PublicRoutes.bulletin(found.getSlug()));
        String etag = "\"" + ArchiveCopies.tag(found, address) + "\"";
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", "no-cache");
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] bytes = copies.copyOf(found, address, portal);
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + found.getSlug() + ".pdf\"");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
