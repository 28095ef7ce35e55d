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

    public List<AuditEntry> latest(int max) {
        return em.createQuery("SELECT e FROM AuditEntry e ORDER BY e.at DESC, e.id DESC", AuditEntry.class)
                .setMaxResults(max)
                .getResultList();
    }

    private String remoteAddress() {
        try {
            return request.getRemoteAddr();
        } catch (ContextNotActiveException | IllegalStateException outsideARequest) {
            return null;
        }
    }
}
