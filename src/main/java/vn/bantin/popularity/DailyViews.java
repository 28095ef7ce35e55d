package vn.bantin.popularity;

import java.sql.Date;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** A bulletin's readings per day (bulletin_daily_views), added to by every node. */
@ApplicationScoped
public class DailyViews {

    @PersistenceContext
    private EntityManager em;

    /**
     * Adds readings to the bulletin's row for the day, in a transaction of its own. When another
     * node makes the day's row at the same moment, one insert fails: the caller keeps those readings
     * and adds them to the row at its next flush.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void add(long bulletinId, Date day, long views) {
        int updated = em.createNativeQuery("UPDATE bulletin_daily_views SET views = views + ?1"
                        + " WHERE bulletin_id = ?2 AND view_day = ?3")
                .setParameter(1, views).setParameter(2, bulletinId).setParameter(3, day)
                .executeUpdate();
        if (updated == 0) {
            // A bulletin deleted since its reading is not counted (no row may name it).
            em.createNativeQuery("INSERT INTO bulletin_daily_views (bulletin_id, view_day, views)"
                            + " SELECT ?1, ?2, ?3 FROM bulletin WHERE id = ?1")
                    .setParameter(1, bulletinId).setParameter(2, day).setParameter(3, views)
                    .executeUpdate();
        }
    }
}
