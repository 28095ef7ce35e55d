package vn.bantin.popularity;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/** Writes the gathered reading counts every minute. */
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
}
