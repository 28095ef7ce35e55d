package vn.bantin.bulletin;

import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import vn.bantin.audit.AuditLog;
import vn.bantin.platform.JobTurns;
import vn.bantin.platform.Timestamped;

/**
 * Archives bulletins whose expiry has passed, every minute. The public stops seeing them at the
 * expiry instant already (the visibility rule checks it); this makes the back office say so too.
 * Scheduled publication needs no job: a bulletin becomes visible when its time comes. Every node
 * runs the timer; one of them, whichever claims the minute first (JobTurns), does the work.
 */
@Singleton
public class ExpiryArchiver {

    private static final Logger LOG = Logger.getLogger(ExpiryArchiver.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog audit;

    /** Its row in job_turn: with several nodes, one of them archives each minute. */
    public static final String JOB = "expiry-archiver";

    @Inject
    private JobTurns turns;

    @Schedule(minute = "*", hour = "*", persistent = false)
    public void archiveExpired() {
        Instant now = Instant.now();
        if (turns.claim(JOB, now)) {
            archiveExpiredAt(now);
        }
    }

    /** Archives what expired by {@code now}; answers how many. */
    public int archiveExpiredAt(Instant now) {
        List<Bulletin> expired = em.createQuery("SELECT b FROM Bulletin b WHERE b.status = :published"
                + " AND b.expiresAt IS NOT NULL AND b.expiresAt <= :now", Bulletin.class)
                .setParameter("published", BulletinStatus.PUBLISHED)
                .setParameter("now", Timestamped.utc(now))
                .getResultList();
        for (Bulletin bulletin : expired) {
            bulletin.archive();
            audit.record("he-thong", "expire", bulletin.getSlug());
        }
        if (!expired.isEmpty()) {
            LOG.info("Archived " + expired.size() + " expired bulletin(s)");
        }
        return expired.size();
    }
}
