package vn.bantin.site;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import vn.bantin.bulletin.BulletinChanged;
import vn.bantin.bulletin.LegacyAddress;

/**
 * Every bulletin's old addresses, held in memory by their match key so that a request costs one
 * map look-up and no query. Loaded at start (and again when a node catches up), and kept current
 * bulletin by bulletin as changes are committed here or heard from other nodes.
 */
@ApplicationScoped
public class LegacyRedirects {

    private static final Logger LOG = Logger.getLogger(LegacyRedirects.class.getName());

    @PersistenceContext
    private EntityManager em;

    private final Map<String, Long> bulletinByKey = new ConcurrentHashMap<>();

    /** Reads every old address afresh; a start-up step, and part of catching up. */
    public void loadAll() {
        List<Object[]> rows = em.createQuery("SELECT a.matchKey, b.id FROM Bulletin b JOIN b.legacyAddresses a",
                Object[].class).getResultList();
        Map<String, Long> fresh = new ConcurrentHashMap<>();
        rows.forEach(row -> fresh.put((String) row[0], (Long) row[1]));
        bulletinByKey.keySet().retainAll(fresh.keySet());
        bulletinByKey.putAll(fresh);
        if (!rows.isEmpty()) {
            LOG.info(() -> rows.size() + " old addresses lead to bulletins");
        }
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) BulletinChanged change) {
        try {
            List<String> keys = em.createQuery("SELECT a.matchKey FROM Bulletin b JOIN b.legacyAddresses a WHERE b.id = :id",
                    String.class).setParameter("id", change.id()).getResultList();
            bulletinByKey.values().removeIf(id -> id == change.id());
            keys.forEach(key -> bulletinByKey.put(key, change.id()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The old addresses of bulletin " + change.id() + " could not be read; they are read"
                    + " again when this node next catches up or starts", e);
        }
    }

    /**
     * The bulletin an address (path and query as requested, not yet decoded) once was: the address
     * with its query, else the same path given without a query (old links often gained
     * tracking parameters).
     */
    public Optional<Long> bulletinAt(String pathAndQuery) {
        if (bulletinByKey.isEmpty()) {
            return Optional.empty();
        }
        String key = LegacyAddress.key(pathAndQuery);
        if (key == null) {
            return Optional.empty();
        }
        Long id = bulletinByKey.get(key);
        if (id == null && !key.endsWith("?")) {
            id = bulletinByKey.get(LegacyAddress.pathOnly(key));
        }
        return Optional.ofNullable(id);
    }
}
