package vn.bantin.popularity;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/**
 * Writes the gathered reading counts every ten seconds, and once more when the portal stops. Each
 * node writes its own counts, so with several nodes the "most read" list, which every node reads
 * from the database, follows all readings within those seconds.
 */
@Singleton
public class ViewFlusher {

    private static final Logger LOG = Logger.getLogger(ViewFlusher.class.getName());

    @Inject
    private ViewCounter counter;

    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
    public void flush() {
        try {
            counter.flush();
        } catch (RuntimeException e) {
            // Also when two nodes make the day's row of a bulletin at once: harmless, one line.
            LOG.warning(() -> "Some reading counts were not saved; they are kept for the next try: " + e);
        }
    }

    @PreDestroy
    void flushOnShutdown() {
        try {
            counter.flush();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Readings of the last minute were not saved at shutdown", e);
        }
    }
}
