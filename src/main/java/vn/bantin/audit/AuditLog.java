package vn.bantin.audit;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;

/**
 * Records who did what, when and from which address. Each entry is written in a transaction of
 * its own, so a refused action is recorded even when the action itself rolls back.
 */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private HttpServletRequest request;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String actor, String action, String subject) {
        em.persist(new AuditEntry(Instant.now(), actor == null || actor.isEmpty() ? "-" : actor, action, subject,
                remoteAddress()));
    }

    /** Newest first; each filter is optional (null or blank means any). */
    public List<AuditEntry> find(String actor, String action, Instant from, Instant to, int max) {
        var cb = em.getCriteriaBuilder();
        var query = cb.createQuery(AuditEntry.class);
        var entry = query.from(AuditEntry.class);
        List<jakarta.persistence.criteria.Predicate> where = new java.util.ArrayList<>();
        if (actor != null && !actor.isBlank()) {
            where.add(cb.equal(entry.get("actor"), actor.strip().toLowerCase(java.util.Locale.ROOT)));
        }
        if (action != null && !action.isBlank()) {
            where.add(cb.equal(entry.get("action"), action.strip()));
        }
        if (from != null) {
            where.add(cb.greaterThanOrEqualTo(entry.get("at"), from.atOffset(java.time.ZoneOffset.UTC)));
        }
        if (to != null) {
            where.add(cb.lessThan(entry.get("at"), to.atOffset(java.time.ZoneOffset.UTC)));
        }
        query.where(where.toArray(jakarta.persistence.criteria.Predicate[]::new))
                .orderBy(cb.desc(entry.get("at")), cb.desc(entry.get("id")));
        return em.createQuery(query).setMaxResults(max).getResultList();
    }

    private String remoteAddress() {
        try {
            return vn.bantin.platform.ForwardedRequest.clientAddress(request);
        } catch (ContextNotActiveException | IllegalStateException outsideARequest) {
            return null;
        }
    }
}
