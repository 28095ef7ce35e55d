package vn.bantin.security;

import static vn.bantin.platform.Timestamped.utc;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Sign-in attempts for usernames without an account, kept in the database (V11__unknown_sign_ins.sql)
 * with the same rule as {@link Account}: the count is shared by every node, so five tries pause a
 * made-up name exactly as they pause a real one, and an attacker spreading tries over the nodes of a
 * cluster learns nothing about which names exist.
 */
@ApplicationScoped
public class UnknownNameAttempts {

    /** How long a name's count is kept after its last attempt. */
    static final Duration KEPT_FOR = Duration.ofDays(1);

    @PersistenceContext
    private EntityManager em;

    /**
     * Makes sure the name has a row, in a transaction of its own: when two nodes insert the same
     * name at once, one insert fails and that caller goes on with the row the other made.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void ensureRow(String name, Instant now) {
        String digest = digest(name);
        if (em.createNativeQuery("SELECT 1 FROM unknown_sign_in WHERE name_digest = ?1")
                .setParameter(1, digest).getResultList().isEmpty()) {
            em.createNativeQuery("DELETE FROM unknown_sign_in WHERE last_attempt < ?1")
                    .setParameter(1, utc(now.minus(KEPT_FOR))).executeUpdate();
            em.createNativeQuery("INSERT INTO unknown_sign_in (name_digest, failed_sign_ins, last_attempt) VALUES (?1, 0, ?2)")
                    .setParameter(1, digest).setParameter(2, utc(now)).executeUpdate();
        }
    }

    /**
     * Counts an attempt under the row's lock, in the caller's transaction: false when the name is
     * paused; the fifth attempt in a row starts the pause, as {@link Account#signInAttempted} does.
     */
    @Transactional
    public boolean attempt(String name, Instant now) {
        String digest = digest(name);
        List<?> rows = em.createNativeQuery(
                "SELECT failed_sign_ins, locked_until FROM unknown_sign_in WHERE name_digest = ?1 FOR UPDATE")
                .setParameter(1, digest).getResultList();
        if (rows.isEmpty()) {
            return true;
        }
        Object[] row = (Object[]) rows.get(0);
        if (isAfter(row[1], now)) {
            return false;
        }
        int failures = ((Number) row[0]).intValue() + 1;
        if (failures >= Account.MAX_FAILED_SIGN_INS) {
            em.createNativeQuery("UPDATE unknown_sign_in SET failed_sign_ins = 0, locked_until = ?1, last_attempt = ?2"
                            + " WHERE name_digest = ?3")
                    .setParameter(1, utc(now.plus(Account.LOCK_TIME))).setParameter(2, utc(now))
                    .setParameter(3, digest).executeUpdate();
        } else {
            em.createNativeQuery("UPDATE unknown_sign_in SET failed_sign_ins = ?1, last_attempt = ?2 WHERE name_digest = ?3")
                    .setParameter(1, failures).setParameter(2, utc(now)).setParameter(3, digest).executeUpdate();
        }
        return true;
    }

    public boolean isLocked(String name, Instant now) {
        List<?> rows = em.createNativeQuery("SELECT locked_until FROM unknown_sign_in WHERE name_digest = ?1")
                .setParameter(1, digest(name)).getResultList();
        return !rows.isEmpty() && isAfter(rows.get(0), now);
    }

    private static boolean isAfter(Object lockedUntil, Instant now) {
        return lockedUntil != null && toInstant(lockedUntil).isAfter(now);
    }

    /** The drivers answer TIMESTAMP WITH TIME ZONE as OffsetDateTime (both) or Timestamp (older). */
    private static Instant toInstant(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof java.sql.Timestamp time) {
            return time.toInstant();
        }
        if (value instanceof java.time.Instant time) {
            return time;
        }
        throw new IllegalStateException("Unexpected time type " + value.getClass());
    }

    static String digest(String name) {
        return vn.bantin.platform.Sha256.hex(name);
    }
}
