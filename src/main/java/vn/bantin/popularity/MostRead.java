package vn.bantin.popularity;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import vn.bantin.bulletin.Bulletin;
import vn.bantin.bulletin.BulletinRepository;
import vn.bantin.platform.Dates;

/** The bulletins read most over the last days, among those readers may still see. */
@ApplicationScoped
public class MostRead {

    static final int DAYS = 7;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private BulletinRepository bulletins;

    @Inject
    private ViewCounter counter;

    @Inject
    private Dates dates;

    public List<Bulletin> top(int count) {
        counter.flush();
        Date since = Date.valueOf(LocalDate.now(dates.zone()).minusDays(DAYS - 1L));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT bulletin_id, SUM(views) AS total FROM bulletin_daily_views"
                        + " WHERE view_day >= ?1 GROUP BY bulletin_id ORDER BY total DESC, bulletin_id DESC")
                .setParameter(1, since)
                .setMaxResults(count * 4)
                .getResultList();
        List<Long> ids = rows.stream().map(r -> ((Number) r[0]).longValue()).toList();
        return bulletins.findVisibleByIds(ids, Instant.now()).stream().limit(count).toList();
    }
}
