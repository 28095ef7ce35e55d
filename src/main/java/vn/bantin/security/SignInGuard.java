package vn.bantin.security;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionalException;

/**
 * Pauses sign-ins for a username after five failures in a row, for fifteen minutes. Every count is
 * kept in the database, so all nodes of a cluster agree: real accounts in their own row, usernames
 * without an account in {@link UnknownNameAttempts}, under the same rule, so that the answers never
 * tell whether an account exists.
 */
@ApplicationScoped
public class SignInGuard {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccountService accounts;

    @Inject
    private UnknownNameAttempts unknownNames;

    public boolean isLocked(String username, Instant now) {
        String name = Account.normalizeUsername(username);
        return accounts.find(name).map(a -> a.isLockedAt(now))
                .orElseGet(() -> unknownNames.isLocked(name, now));
    }

    /**
     * Starts a sign-in attempt: false when sign-ins for the name are paused, so no password is
     * checked at all. Otherwise the attempt is counted as a failure at once, under a row lock, before
     * the (slow) password check: attempts sent in parallel, to any node, are counted one by one and
     * the fifth pauses the rest, whatever their passwords.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean tryAttempt(String username, Instant now) {
        String name = Account.normalizeUsername(username);
        Account account = accounts.find(name).orElse(null);
        if (account != null) {
            Account locked = em.find(Account.class, account.getId(), LockModeType.PESSIMISTIC_WRITE);
            return !locked.isLockedAt(now) && locked.signInAttempted(now);
        }
        try {
            unknownNames.ensureRow(name, now);
        } catch (PersistenceException | TransactionalException insertedMeanwhile) {
            // Another node made the row between our look and our insert: count on that row.
        }
        return unknownNames.attempt(name, now);
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
