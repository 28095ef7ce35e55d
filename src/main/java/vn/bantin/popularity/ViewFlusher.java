package vn.bantin.popularity;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/**
 * Writes the gathered reading counts every minute, and once more when the portal stops. Called
 * through the counter's proxy, so each write runs in its own transaction.
 */
@Singleton
public class ViewFlusher {

    private static final Logger LOG = Logger.getLogger(ViewFlusher.class.getName());

    @Inject
    private ViewCounter counter;

    @Schedule(minute = "*", hour = "*", persistent = false)
    public void flush() {
        try {
            counter.flush();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Reading counts could not be saved; they are kept for the next minute's try", e);
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
