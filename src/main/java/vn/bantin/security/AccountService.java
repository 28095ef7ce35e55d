package vn.bantin.security;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;

/**
 * Creates accounts and checks passwords; passwords are kept as PBKDF2 hashes only. What an
 * administrator does to accounts goes through here too: the role check and the audit entry.
 */
@ApplicationScoped
public class AccountService {

    public static final int MIN_PASSWORD_LENGTH = 10;

    private String dummyHash;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Pbkdf2PasswordHash passwordHash;

    @Inject
    private vn.bantin.audit.AuditLog audit;

    @Inject
    private CurrentActor actor;

    /** The caller is not an administrator. */
    public static class NotAllowedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotAllowedException() {
            super("Only administrators manage accounts");
        }
    }

    @PostConstruct
    void configureHash() {
        Map<String, String> parameters = new HashMap<>();
        parameters.put("Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256");
        parameters.put("Pbkdf2PasswordHash.Iterations", "210000");
        parameters.put("Pbkdf2PasswordHash.SaltSizeBytes", "32");
        parameters.put("Pbkdf2PasswordHash.KeySizeBytes", "32");
        passwordHash.initialize(parameters);
        dummyHash = passwordHash.generate("not-a-password".toCharArray());
    }

    public Optional<Account> find(String username) {
        return em.createNamedQuery(Account.FIND_BY_USERNAME, Account.class)
                .setParameter("username", Account.normalizeUsername(username))
                .getResultStream()
                .findFirst();
    }

    @Transactional
    public Account create(String username, String displayName, char[] password, Set<Role> roles) {
        if (password.length < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("A password has at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        Account account = new Account(username, displayName, passwordHash.generate(password), roles);
        em.persist(account);
        return account;
    }

    /** An administrator creates an account; audited as theirs. */
    @Transactional
    public Account createAsAdministrator(String username, String displayName, char[] password, Set<Role> roles) {
        requireAdministrator();
        Account account = create(username, displayName, password, roles);
        audit.record(actor.name(), "user-create", account.getUsername());
        return account;
    }

    private void requireAdministrator() {
        if (!actor.has(Role.ADMIN)) {
            throw new NotAllowedException();
        }
    }

    public List<Account> all() {
        return em.createQuery("SELECT a FROM Account a ORDER BY a.username", Account.class).getResultList();
    }

    /**
     * ADMIN's changes to an account: display name, roles, enabled; a new password if one is given.
     * Audited as the administrator's ("password-reset" when a password was given).
     */
    @Transactional
    public Account change(long id, String displayName, Set<Role> roles, boolean enabled, char[] newPassword) {
        requireAdministrator();
        Account account = em.find(Account.class, id);
        if (account == null) {
            throw new IllegalArgumentException("account.notFound");
        }
        boolean rolesChanged = !account.getRoles().equals(roles);
        boolean disabled = account.isEnabled() && !enabled;
        account.describe(displayName, roles);
        account.setEnabled(enabled);
        boolean newPasswordGiven = newPassword != null && newPassword.length > 0;
        if (newPasswordGiven) {
            if (newPassword.length < MIN_PASSWORD_LENGTH) {
                throw new IllegalArgumentException("password.tooShort");
            }
            account.setPasswordHash(passwordHash.generate(newPassword));
            account.signInSucceeded();
        }
        if (rolesChanged || disabled || newPasswordGiven) {
            // Whoever is signed in as this account signs in again, under the new rules.
            account.endSessions(Instant.now());
        }
        audit.record(actor.name(), newPasswordGiven ? "password-reset" : "user-edit", account.getUsername());
        return account;
    }

    @Transactional
    public void disable(String username) {
        find(username).ifPresent(a -> {
            Account account = em.find(Account.class, a.getId());
            account.setEnabled(false);
            account.endSessions(Instant.now());
        });
    }

    public boolean passwordMatches(Account account, char[] password) {
        return passwordHash.verify(password, account.getPasswordHash());
    }

    /** Spends the time of a real check, so an unknown username answers no faster than a known one. */
    public void verifyAgainstNothing(char[] password) {
        passwordHash.verify(password, dummyHash);
    }
}
