package vn.bantin.bulletin.web;

import java.time.Instant;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import vn.bantin.bulletin.Bulletin;
import vn.bantin.bulletin.BulletinRepository;
import vn.bantin.platform.Pages;
import vn.bantin.platform.PublicRoutes;

/** {@code /tin-tuc/{slug}}: one bulletin, if the public may see it; otherwise 404. */
@Named
@RequestScoped
public class BulletinView {

    @Inject
    private HttpServletRequest request;

    @Inject
    private BulletinRepository bulletins;

    @Inject
    private vn.bantin.platform.Dates dates;

    @Inject
    private vn.bantin.search.SearchIndex search;

    @Inject
    private vn.bantin.popularity.ViewCounter views;

    static final int RELATED = 4;

    private Bulletin bulletin;
    private Sharing sharing;

    public void load() {
        Object slug = request.getAttribute(PublicRoutes.SLUG);
        bulletin = slug == null ? null : bulletins.findVisibleBySlug(slug.toString(), Instant.now()).orElse(null);
        if (bulletin == null) {
            Pages.notFound();
            return;
        }
        views.record(bulletin.getId());
        request.setAttribute(vn.bantin.cache.PageCacheFilter.BULLETIN_ID, bulletin.getId());
    }

    /** Up to four bulletins like this one (same section, shared words), from the database. */
    private java.util.List<Bulletin> related;

    public java.util.List<Bulletin> getRelated() {
        if (related != null) {
            return related;
        }
        java.util.List<Long> ids = search.related(bulletin.getId(), bulletin.getCategory().getId(), RELATED);
        related = bulletins.findVisibleByIds(ids, Instant.now());
        return related;
    }

    public Bulletin getBulletin() {
        return bulletin;
    }

    public Sharing getSharing() {
        if (sharing == null && bulletin != null) {
            String publisher = vn.bantin.platform.Messages.bundle(vn.bantin.platform.Messages.VIETNAMESE).getString("site.agency");
            sharing = new Sharing(bulletin, vn.bantin.platform.SiteAddress.base(request), dates, publisher);
        }
        return sharing;
    }
}
