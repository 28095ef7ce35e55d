package vn.bantin.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.bantin.bulletin.Bulletin;
import vn.bantin.bulletin.BulletinStatus;
import vn.bantin.bulletin.Figure;
import vn.bantin.text.VietnameseText;

/**
 * For load tests and benchmarks: {@code bantin.demo.generated=N} fills the portal up to N
 * published bulletins at start, made from the demo bulletins with other places and dates, so a
 * portal with years of news can be measured. Off (0) unless asked for.
 */
@ApplicationScoped
public class GeneratedBulletins {

    private static final Logger LOG = Logger.getLogger(GeneratedBulletins.class.getName());
    private static final int BATCH = 500;
    private static final List<String> PLACES = List.of("huyện Tân Phú", "xã Hòa Bình", "thị xã Sơn Tây", "huyện Đắk Glong",
            "phường Đông Ba", "xã Vĩnh Thạnh", "huyện Mường Tè", "thành phố Thủ Dầu Một", "xã Ea Kao", "huyện Côn Đảo",
            "xã Tà Xùa", "huyện Lạc Dương", "phường Hưng Phú", "xã Quảng Điền", "huyện Bình Liêu");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private GeneratedBulletins self;

    @Inject
    @ConfigProperty(name = "bantin.demo.generated", defaultValue = "0")
    private int wanted;

    /** Fills the portal up to {@code bantin.demo.generated} published bulletins, for load tests. */
    public void generate() {
        if (wanted <= 0) {
            return;
        }
        long existing = em.createQuery("SELECT COUNT(b) FROM Bulletin b", Long.class).getSingleResult();
        List<Long> templates = em.createQuery("SELECT b.id FROM Bulletin b WHERE b.status = :published ORDER BY b.id", Long.class)
                .setParameter("published", BulletinStatus.PUBLISHED).getResultList();
        if (existing >= wanted || templates.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        for (long n = existing; n < wanted; n += BATCH) {
            self.batch(templates, n, (int) Math.min(BATCH, wanted - n), now);
        }
        LOG.info("Generated " + (wanted - existing) + " bulletins in " + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void batch(List<Long> templates, long first, int count, Instant now) {
        for (int i = 0; i < count; i++) {
            long number = first + i;
            Bulletin template = em.find(Bulletin.class, templates.get((int) (number % templates.size())));
            String place = PLACES.get((int) (number / templates.size() % PLACES.size()));
            String title = template.getTitle() + " tại " + place;
            Bulletin copy = new Bulletin(title, VietnameseText.slug(title) + "-" + number, template.getCategory());
            copy.setLead(template.getLead());
            copy.setBody(template.getBody());
            copy.setAuthorName(template.getAuthorName());
            // One bulletin every three hours, going back from now: about three and a half years for 10,000.
            copy.publish(now.minus(Duration.ofHours(3 * number + 1)));
            for (Figure figure : template.getFigures()) {
                copy.addFigure(figure.getImage(), figure.getAltText(), figure.getCaption(), figure.getCredit(), figure.isDecorative());
            }
            em.persist(copy);
        }
        em.flush();
        em.clear();
    }
}
