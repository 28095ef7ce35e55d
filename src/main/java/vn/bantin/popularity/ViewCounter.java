package vn.bantin.popularity;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import vn.bantin.platform.Dates;

/**
 * Counts bulletin readings for the "most read" list. A reading adds one to an in-memory counter
 * (no database write on the reader's request); counts are added to the day's row now and then.
 * Nothing about the reader is kept: no address, no cookie, no identifier, only how many.
 */
@ApplicationScoped
public class ViewCounter {

    private final Map<Long, LongAdder> pending = new ConcurrentHashMap<>();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Dates dates;

    public void record(long bulletinId) {
        pending.computeIfAbsent(bulletinId, id -> new LongAdder()).increment();
    }

    /** Adds the counts gathered since the last time to today's rows. */
    @Transactional
    public void flush() {
        if (pending.isEmpty()) {
            return;
        }
        Date today = Date.valueOf(LocalDate.now(dates.zone()));
        for (Long id : pending.keySet()) {
            LongAdder adder = pending.remove(id);
            long views = adder == null ? 0 : adder.sumThenReset();
            if (views == 0) {
                continue;
            }
            int updated = em.createNativeQuery("UPDATE bulletin_daily_views SET views = views + ?1"
                            + " WHERE bulletin_id = ?2 AND view_day = ?3")
                    .setParameter(1, views).setParameter(2, id).setParameter(3, today)
                    .executeUpdate();
            if (updated == 0) {
                em.createNativeQuery("INSERT INTO bulletin_daily_views (bulletin_id, view_day, views) VALUES (?1, ?2, ?3)")
                        .setParameter(1, id).setParameter(2, today).setParameter(3, views)
                        .executeUpdate();
            }
        }
    }
}
