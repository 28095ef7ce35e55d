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
    private java.util.Optional<vn.bantin.listening.AudioStore.Reading> reading;

    @Inject
    private vn.bantin.listening.AudioStore audio;

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

    /** The bulletin's audio reading, when one has been made (never for a withdrawn one). */
    public vn.bantin.listening.AudioStore.Reading getReading() {
        if (reading == null && bulletin != null && !bulletin.isWithdrawn()) {
            reading = audio.find(bulletin.getId());
        }
        return reading == null ? null : reading.orElse(null);
    }

    /** "2 phút 05 giây": how long the reading lasts, in words a screen reader says well. */
    public String getReadingLength() {
        vn.bantin.listening.AudioStore.Reading shown = getReading();
        if (shown == null || shown.durationMillis() == null) {
            return null;
        }
        long seconds = Math.max(1, Math.round(shown.durationMillis() / 1000.0));
        java.util.ResourceBundle msg = Messages.bundle(request);
        return seconds >= 60
                ? java.text.MessageFormat.format(msg.getString("listening.minutes"), seconds / 60, String.format("%02d", seconds % 60))
                : java.text.MessageFormat.format(msg.getString("listening.seconds"), seconds);
    }

    /** "OGG, 240 KB". */
    public String getReadingFile() {
        vn.bantin.listening.AudioStore.Reading shown = getReading();
        return shown == null ? null : shown.extension().toUpperCase(java.util.Locale.ROOT) + ", "
                + Math.max(1, Math.round(shown.byteSize() / 1024.0)) + " KB";
    }

    public String getReadingAddress() {
        vn.bantin.listening.AudioStore.Reading shown = getReading();
        return shown == null ? null
                : PublicRoutes.listening(bulletin.getSlug(), shown.extension(), shown.version());
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
