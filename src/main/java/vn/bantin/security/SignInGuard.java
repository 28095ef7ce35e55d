package vn.bantin.security;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/**
 * Pauses sign-ins for a username after five failures in a row, for fifteen minutes. Real accounts
 * keep their count in the database (so every node of a cluster agrees); unknown usernames are
 * counted in memory, so that the answers never tell whether an account exists.
 */
@ApplicationScoped
public class SignInGuard {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccountService accounts;

    private final Map<String, Attempts> unknownNames = new ConcurrentHashMap<>();

    /** Failures of a username without an account, with the same rule as {@link Account}. */
    private static final class Attempts {
        private int failures;
        private Instant lockedUntil;

        synchronized void failed(Instant now) {
            if (++failures >= Account.MAX_FAILED_SIGN_INS) {
                lockedUntil = now.plus(Account.LOCK_TIME);
                failures = 0;
            }
        }

        synchronized boolean isLockedAt(Instant now) {
            return lockedUntil != null && lockedUntil.isAfter(now);
        }

        synchronized boolean tryAttempt(Instant now) {
            if (isLockedAt(now)) {
                return false;
            }
            failed(now);
            return true;
        }
    }

    public boolean isLocked(String username, Instant now) {
        String name = Account.normalizeUsername(username);
        return accounts.find(name).map(a -> a.isLockedAt(now))
                .orElseGet(() -> {
                    Attempts attempts = unknownNames.get(name);
                    return attempts != null && attempts.isLockedAt(now);
                });
    }

    /**
     * Starts a sign-in attempt: false when sign-ins for the name are paused, so no password is
     * checked at all. Otherwise the attempt is counted as a failure at once, under a row lock, before
     * the (slow) password check: attempts sent in parallel are counted one by one and the fifth
     * pauses the rest, whatever their passwords.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean tryAttempt(String username, Instant now) {
        String name = Account.normalizeUsername(username);
        Account account = accounts.find(name).orElse(null);
        if (account != null) {
            Account locked = em.find(Account.class, account.getId(), LockModeType.PESSIMISTIC_WRITE);
            return !locked.isLockedAt(now) && locked.signInAttempted(now);
        }
        if (unknownNames.size() >= 10_000 && !unknownNames.containsKey(name)) {
            return true;
        }
        return unknownNames.computeIfAbsent(name, n -> new Attempts()).tryAttempt(now);
    }

    /** The attempt's password was wrong: the fifth failure in a row pauses sign-ins for the name. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(String username, Instant now) {
        accounts.find(username).ifPresent(a -> em.find(Account.class, a.getId(), LockModeType.PESSIMISTIC_WRITE)
                .signInFailed(now));
    }

    /**
     * The password was right: clears the count, unless a pause came into force meanwhile (from
     * attempts in parallel), in which case the sign-in is refused like any other during the pause.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean succeeded(String username, Instant now) {
        Account account = accounts.find(username).orElse(null);
        if (account == null) {
            return false;
        }
        Account locked = em.find(Account.class, account.getId(), LockModeType.PESSIMISTIC_WRITE);
        if (locked.isLockedAt(now)) {
            return false;
        }
        locked.signInSucceeded();
        return true;
    }
}
