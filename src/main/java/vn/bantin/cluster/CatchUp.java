package vn.bantin.cluster;

import java.io.IOException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;

import vn.bantin.cache.PageCache;
import vn.bantin.platform.DatabaseOutage;
import vn.bantin.search.SearchIndex;
import vn.bantin.site.LegacyRedirects;

/**
 * Brings a node back in line with the database when it missed changes: a node cut off from the
 * others by a network split hears nothing of what they commit meanwhile, and an operator may
 * change rows by hand. Every fifteen seconds the search index's fingerprint (how many bulletins
 * and sections, their latest changes) is compared with the database's; when the same difference is still there
 * at the next look (so it is not a change whose news is on its way), the node rebuilds its search index
 * and drops its entity cache and page cache. A start does the same before it reports
 * ready (SearchIndex.open).
 */
@Singleton
public class CatchUp {

    private static final Logger LOG = Logger.getLogger(CatchUp.class.getName());

    @Inject
    private SearchIndex search;

    @Inject
    private PageCache pages;

    @Inject
    private LegacyRedirects legacy;

    @PersistenceUnit
    private EntityManagerFactory persistence;

    /** The database's fingerprint at the last look, when it differed from the index's. */
    private String differedAt;

    @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false)
    public void look() {
        try {
            Optional<String> outOfLine = search.outOfLine();
            if (outOfLine.isEmpty()) {
                differedAt = null;
                return;
            }
            if (!outOfLine.get().equals(differedAt)) {
                differedAt = outOfLine.get();
                return;
            }
            LOG.info("This node missed changes made elsewhere; it drops its caches and rebuilds its search index");
            int count = search.rebuild();
            // After the index: a page rendered meanwhile (search answers are pages too) is not kept.
            persistence.getCache().evictAll();
            legacy.loadAll();
            pages.clear();
            differedAt = null;
            LOG.info(() -> "Caught up: search index rebuilt with " + count + " bulletins");
        } catch (IOException | RuntimeException e) {
            // While the database is away there is nothing to compare with; readiness already says so.
            LOG.log(DatabaseOutage.isDatabaseUnavailable(e) ? Level.FINE : Level.WARNING,
                    "Could not compare this node with the database; trying again in fifteen seconds", e);
        }
    }
}
