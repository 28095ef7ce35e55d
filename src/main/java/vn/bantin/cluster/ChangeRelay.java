package vn.bantin.cluster;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;

import fish.payara.micro.cdi.ClusteredCDIEventBus;
import fish.payara.micro.cdi.Inbound;
import fish.payara.micro.cdi.Outbound;

import vn.bantin.bulletin.Bulletin;
import vn.bantin.bulletin.BulletinChanged;
import vn.bantin.category.Category;
import vn.bantin.category.CategoryChanged;
import vn.bantin.platform.PortalSettings;

/**
 * Carries committed changes between the nodes of a cluster over Payara's data grid (clustered CDI
 * events). A change made here is sent once its transaction has committed; a change heard from
 * another node is announced here with the same local event, so this node's page cache empties
 * and its search index re-reads the bulletin from the database, as they do for a local change.
 */
@ApplicationScoped
public class ChangeRelay {

    private static final Logger LOG = Logger.getLogger(ChangeRelay.class.getName());

    /** Set while a change heard from another node is announced here, so it is not sent back. */
    private static final ThreadLocal<Boolean> RELAYING = ThreadLocal.withInitial(() -> false);

    @Inject
    @Outbound
    private Event<ClusterChange> otherNodes;

    @Inject
    private Event<BulletinChanged> bulletinChanged;

    @Inject
    private Event<CategoryChanged> categoryChanged;

    @Inject
    private ClusteredCDIEventBus bus;

    @PersistenceUnit
    private EntityManagerFactory persistence;

    private final boolean clustered = isClustered();

    /** Whether this node runs in a cluster: {@code bantin.cluster} (BANTIN_CLUSTER) is "on". */
    static boolean isClustered() {
        return PortalSettings.value("bantin.cluster").map("on"::equalsIgnoreCase).orElse(false);
    }

    /**
     * Whether the change being announced on this thread was committed by another node: work that
     * the node of the change does for everyone (a reading made, say) is not done twice.
     */
    public static boolean isRelaying() {
        return RELAYING.get();
    }

    /** Starts listening to the other nodes (a start-up step); a single node does nothing. */
    public void join() {
        if (clustered) {
            bus.initialize();
            LOG.info("Changes are shared with the other nodes of the cluster");
        }
    }

    void bulletinCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) BulletinChanged change) {
        send(new ClusterChange(ClusterChange.Kind.BULLETIN, change.id()));
    }

    void categoryCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) CategoryChanged change) {
        send(new ClusterChange(ClusterChange.Kind.CATEGORY, change.id()));
    }

    private void send(ClusterChange change) {
        if (!clustered || RELAYING.get()) {
            return;
        }
        try {
            otherNodes.fire(change);
        } catch (RuntimeException gridUnavailable) {
            // The change is committed; other nodes catch up when they rejoin (their start-up check).
            LOG.log(Level.WARNING, "Could not tell the other nodes of " + change, gridUnavailable);
        }
    }

    /** A change another node committed: forget what this node keeps of it, then announce it here. */
    void heard(@Observes @Inbound ClusterChange change) {
        RELAYING.set(true);
        try {
            switch (change.kind()) {
                case BULLETIN -> {
                    persistence.getCache().evict(Bulletin.class, change.id());
                    bulletinChanged.fire(new BulletinChanged(change.id()));
                }
                case CATEGORY -> {
                    persistence.getCache().evict(Category.class, change.id());
                    categoryChanged.fire(new CategoryChanged(change.id()));
                }
            }
        } finally {
            RELAYING.remove();
        }
    }
}
