package vn.bantin.platform;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Whose turn it is to run a periodic job: with several nodes, each runs its timers, and the first
 * to claim a job's minute in the database runs it; the others skip it. One conditional UPDATE on
 * the job's row (made by the migration that lists the job, V10__job_turns.sql) decides, so it
 * holds on H2 and PostgreSQL without locks held between runs. A single node always gets its turn.
 */
@ApplicationScoped
public class JobTurns {

    @PersistenceContext
    private EntityManager em;

    /**
     * Claims the minute of {@code at} for {@code job}; true for exactly one caller per job and
     * minute across the cluster. In its own transaction, so the claim stands whatever the job does.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(String job, Instant at) {
        var minute = Timestamped.utc(at.truncatedTo(ChronoUnit.MINUTES));
        int moved = em.createNativeQuery("UPDATE job_turn SET last_run = ?1 WHERE job = ?2 AND last_run < ?1")
                .setParameter(1, minute).setParameter(2, job).executeUpdate();
        return moved == 1;
    }
}
