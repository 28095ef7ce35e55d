package vn.bantin.site.pages;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import vn.bantin.bulletin.Bulletin;
import vn.bantin.bulletin.BulletinRepository;
import vn.bantin.cache.RenderedPage;
import vn.bantin.platform.Dates;
import vn.bantin.platform.Messages;
import vn.bantin.platform.Pages;
import vn.bantin.platform.SiteAddress;
import vn.bantin.search.SearchIndex;
import vn.bantin.site.PublicRoutes;
import vn.bantin.site.RequestedPage;

/**
 * {@code /tin-tuc/{slug}}: one bulletin, if the public may see it, or under its withdrawal notice;
 * 410 once removed, otherwise 404. Counts the reading
 * and tells the page cache which bulletin the page shows (later readings of the cached copy count too).
 */
@Named
@RequestScoped
public class BulletinView {

    static final int RELATED = 4;

    @Inject
    private HttpServletRequest request;

    @Inject
    private RequestedPage requested;

    @Inject
    private BulletinRepository bulletins;

    @Inject
    private Dates dates;

    @Inject
    private SearchIndex search;

    @Inject
    private RenderedPage rendered;

    private Bulletin bulletin;
    private Sharing sharing;
    private List<Bulletin> related;
    private Bulletin replacement;

    public void load() {
        Instant now = Instant.now();
        java.util.Optional<String> slug = requested.slug(PublicRoutes.Page.BULLETIN);
        bulletin = slug.flatMap(s -> bulletins.findVisibleBySlug(s, now)).orElse(null);
        if (bulletin == null) {
            // Not public: withdrawn with a notice (the page stays, under it), removed after readers
            // saw it (410), or never public (404).
            Bulletin other = slug.flatMap(bulletins::findBySlug).orElse(null);
            if (other != null && other.isWithdrawn()) {
                bulletin = other;
            } else {
                if (other != null && other.isGoneAt(now)) {
                    Pages.gone();
                } else {
                    Pages.notFound();
                }
                return;
            }
        }
        rendered.showsBulletin(bulletin.getId());
    }

    /** What replaces a withdrawn bulletin, while it is public itself. */
    public Bulletin getReplacement() {
        if (replacement == null && bulletin != null && bulletin.getWithdrawalReplacement() != null) {
            replacement = bulletins.findVisibleBySlug(bulletin.getWithdrawalReplacement(), Instant.now()).orElse(null);
        }
        return replacement;
    }

    /** Up to four bulletins like this one (same section, shared words), from the database. */
    public List<Bulletin> getRelated() {
        if (bulletin.isWithdrawn()) {
            return List.of();
        }
        if (related == null) {
            List<Long> ids = search.related(bulletin.getId(), bulletin.getCategory().getId(), RELATED);
            related = bulletins.findVisibleByIds(ids, Instant.now());
        }
        return related;
    }

    public Bulletin getBulletin() {
        return bulletin;
    }

    public Sharing getSharing() {
        if (sharing == null && bulletin != null) {
            String publisher = Messages.bundle(Messages.VIETNAMESE).getString("site.agency");
            sharing = new Sharing(bulletin, SiteAddress.base(request), dates, publisher);
        }
        return sharing;
    }
}
