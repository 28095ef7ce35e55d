package vn.bantin.bulletin;

import java.util.HashSet;
import java.util.Set;

import javax.naming.InitialContext;
import javax.naming.NamingException;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Tells the rest of the portal that a bulletin changed, whoever changed it (editor, API, a
 * schedule, a restore). Observers that need the committed state listen after the transaction
 * succeeds, so they never see a change that was rolled back. A bulletin written several times in
 * one transaction (saved, then published) is announced once: observers read its committed state
 * anyway, so the page cache is emptied and the search index updated once per commit.
 */
public class BulletinChangeListener {

    private static final String ANNOUNCED = BulletinChangeListener.class.getName() + ".announced";

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Bulletin bulletin) {
        if (bulletin.getId() != null) {
            announce(bulletin.getId());
        }
    }

    /** Announces a change of the bulletin, once per transaction (figures' changes come here too). */
    static void announce(long id) {
        if (firstInTransaction(id)) {
            CDI.current().getBeanManager().getEvent().select(BulletinChanged.class).fire(new BulletinChanged(id));
        }
    }

    /** Whether this transaction has not announced the bulletin yet (true outside a transaction). */
    @SuppressWarnings("unchecked")
    private static boolean firstInTransaction(long id) {
        TransactionSynchronizationRegistry registry = registry();
        if (registry == null || registry.getTransactionKey() == null) {
            return true;
        }
        Set<Long> announced = (Set<Long>) registry.getResource(ANNOUNCED);
        if (announced == null) {
            announced = new HashSet<>();
            registry.putResource(ANNOUNCED, announced);
        }
        return announced.add(id);
    }

    private static TransactionSynchronizationRegistry registry() {
        try {
            return (TransactionSynchronizationRegistry) new InitialContext().lookup("java:comp/TransactionSynchronizationRegistry");
        } catch (NamingException notInAServer) {
            return null;
        }
    }
}
