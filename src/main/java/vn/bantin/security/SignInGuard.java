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
    }

    public boolean isLocked(String username, Instant now) {
        String name = Account.normalizeUsername(username);
        return accounts.find(name).map(a -> a.isLockedAt(now))
                .orElseGet(() -> {
                    Attempts attempts = unknownNames.get(name);
                    return attempts != null && attempts.isLockedAt(now);
                });
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(String username, Instant now) {
        String name = Account.normalizeUsername(username);
        Account account = accounts.find(name).orElse(null);
        if (account != null) {
            em.find(Account.class, account.getId(), LockModeType.PESSIMISTIC_WRITE).signInFailed(now);
        } else if (unknownNames.size() < 10_000 || unknownNames.containsKey(name)) {
            unknownNames.computeIfAbsent(name, n -> new Attempts()).failed(now);
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void succeeded(String username) {
        accounts.find(username).ifPresent(a -> em.find(Account.class, a.getId()).signInSucceeded());
    }
}
