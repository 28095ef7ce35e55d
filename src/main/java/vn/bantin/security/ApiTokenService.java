package vn.bantin.security;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Personal API tokens: 256 random bits, shown once at creation. A token is as strong as a long
 * random password, so a SHA-256 digest (looked up by equality) protects the stored copy.
 */
@ApplicationScoped
public class ApiTokenService {

    public static final String PREFIX = "bt_";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccountService accounts;

    @Inject
    private vn.bantin.audit.AuditLog audit;

    /** Creates a token for the account and answers the token itself, the only time it is seen. */
    @Transactional
    public String create(String username, String name) {
        Account account = accounts.find(username).orElseThrow(() -> new IllegalArgumentException("account.notFound"));
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        em.persist(new ApiToken(em.find(Account.class, account.getId()), name, digest(token), Instant.now()));
        audit.record(username, "token-create", name);
        return token;
    }

    /** The enabled account a valid, unrevoked token belongs to; the token's last use is noted. */
    @Transactional
    public Optional<Account> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        Optional<ApiToken> found = em.createQuery("SELECT t FROM ApiToken t WHERE t.digest = :digest", ApiToken.class)
                .setParameter("digest", digest(token)).getResultStream().findFirst();
        if (found.isEmpty() || found.get().isRevoked() || !found.get().getAccount().isEnabled()) {
            return Optional.empty();
        }
        found.get().used(Instant.now());
        return Optional.of(found.get().getAccount());
    }

    public List<ApiToken> of(String username) {
        return em.createQuery("SELECT t FROM ApiToken t WHERE t.account.username = :username ORDER BY t.createdAt DESC",
                ApiToken.class).setParameter("username", Account.normalizeUsername(username)).getResultList();
    }

    @Transactional
    public void revoke(String username, long tokenId) {
        ApiToken token = em.find(ApiToken.class, tokenId);
        if (token == null || !token.getAccount().getUsername().equals(Account.normalizeUsername(username))) {
            throw new IllegalArgumentException("token.notFound");
        }
        token.revoke();
        audit.record(username, "token-revoke", Long.toString(tokenId));
    }

    static String digest(String token) {
        return vn.bantin.platform.Sha256.hex(token);
    }
}
