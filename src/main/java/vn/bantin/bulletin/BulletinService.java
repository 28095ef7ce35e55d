package vn.bantin.bulletin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import vn.bantin.text.VietnameseText;

/** Writes bulletins. Public reads go through {@link BulletinRepository}. */
@ApplicationScoped
public class BulletinService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private BulletinRepository bulletins;

    /** A free slug for the title: "hoi-nghi", else "hoi-nghi-2", "hoi-nghi-3"... */
    public String freeSlugFor(String title) {
        String base = VietnameseText.slug(title);
        if (base.isEmpty()) {
            base = "ban-tin";
        }
        String candidate = base;
        for (int n = 2; bulletins.slugExists(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    /** True when another bulletin than {@code self} already has this slug. */
    public boolean slugTaken(String slug, Long self) {
        return bulletins.findBySlug(slug).filter(b -> !b.getId().equals(self)).isPresent();
    }

    @Transactional
    public Bulletin save(Bulletin bulletin) {
        if (bulletin.getId() == null) {
            em.persist(bulletin);
            return bulletin;
        }
        return em.merge(bulletin);
    }
}
