package vn.bantin.popularity;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import vn.bantin.bulletin.BulletinChanged;
import vn.bantin.bulletin.BulletinRepository;
import vn.bantin.platform.Dates;

/**
 * Counts bulletin readings for the "most read" list. A reading adds one to an in-memory counter
 * (no database write on the reader's request); every few seconds each node adds what it counted to
 * the day's rows ({@link ViewFlusher}). Nothing about the reader is kept: no address, no cookie, no
 * identifier, only how many.
 */
@ApplicationScoped
public class ViewCounter {

    /** Beyond this many remembered answers, the memory of which bulletins are visible starts again. */
    private static final int REMEMBERED = 10_000;

    private final Map<Long, LongAdder> pending = new ConcurrentHashMap<>();

    /**
     * Which ids readers may see, as last asked of the database: a reading is one database look per
     * bulletin and flush, not one per reader. Forgotten at every flush and every bulletin change.
     */
    private final Map<Long, Boolean> visible = new ConcurrentHashMap<>();

    @Inject
    private BulletinRepository bulletins;

    @Inject
    private DailyViews days;

    @Inject
    private Dates dates;

    /**
     * A reading of the bulletin with this id, as its page's reading image reports it; false (and
     * nothing counted) when no reader may see such a bulletin now.
     */
    public boolean record(long bulletinId) {
        if (!isReadable(bulletinId)) {
            return false;
        }
        pending.computeIfAbsent(bulletinId, id -> new LongAdder()).increment();
        return true;
    }

    /** Whether readers may see the bulletin now (remembered until the next flush or change). */
    public boolean isReadable(long bulletinId) {
        if (visible.size() >= REMEMBERED) {
            visible.clear();
        }
        Boolean readable = visible.get(bulletinId);
        if (readable == null) {
            readable = bulletins.isVisible(bulletinId, Instant.now());
            visible.put(bulletinId, readable);
        }
        return readable;
    }

    /**
     * Adds the counts gathered since the last time to today's rows, one bulletin per transaction.
     * Counts that could not be written (the database away, or another node making the same row at
     * that moment) are kept for the next flush; the first such failure is thrown once all were tried.
     */
    public void flush() {
        visible.clear();
        if (pending.isEmpty()) {
            return;
        }
        Date today = Date.valueOf(LocalDate.now(dates.zone()));
        RuntimeException failure = null;
        for (Long id : pending.keySet()) {
            LongAdder adder = pending.remove(id);
            long views = adder == null ? 0 : adder.sumThenReset();
            if (views == 0) {
                continue;
            }
            try {
                days.add(id, today, views);
            } catch (RuntimeException e) {
                pending.computeIfAbsent(id, k -> new LongAdder()).add(views);
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    void bulletinChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) BulletinChanged change) {
        visible.remove(change.id());
    }
}
