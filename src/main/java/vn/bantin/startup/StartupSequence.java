package vn.bantin.startup;

import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;

import vn.bantin.cluster.ChangeRelay;
import vn.bantin.demo.DemoContent;
import vn.bantin.demo.GeneratedBulletins;
import vn.bantin.platform.DatabaseStartup;
import vn.bantin.platform.PortalSettings;
import vn.bantin.search.SearchIndex;
import vn.bantin.security.AdminAccountBootstrap;

/**
 * What happens when the portal starts, in this order. Settings are checked first: an invalid one
 * stops the start with a message naming it. Then the schema is migrated (a failure stops the start
 * too); when the database does not answer, the portal deploys anyway, answers 503 and keeps trying
 * for {@code bantin.db.wait} seconds. The steps after it need the schema; each runs even if one
 * before it failed. Each step manages its own transactions.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class StartupSequence {

    private static final Logger LOG = Logger.getLogger(StartupSequence.class.getName());
    static final long DEFAULT_WAIT_SECONDS = 120;
    private static final long RETRY_MILLIS = 2_000;

    @Inject
    private DatabaseStartup database;

    @Inject
    private AdminAccountBootstrap admin;

    @Inject
    private DemoContent demo;

    @Inject
    private GeneratedBulletins generated;

    @Inject
    private SearchIndex search;

    @Inject
    private vn.bantin.site.LegacyRedirects legacy;

    @Inject
    private ChangeRelay relay;

    @Inject
    private vn.bantin.listening.Narrator narrator;

    @Resource
    private ManagedExecutorService executor;

    @PostConstruct
    void start() {
        admin.checkSettings();
        if (database.migrateIfAvailable()) {
            runSteps();
            return;
        }
        // The database is not there (yet): the portal deploys, answers 503 and keeps trying.
        long waitSeconds = PortalSettings.value("bantin.db.wait").map(Long::parseLong).orElse(DEFAULT_WAIT_SECONDS);
        LOG.warning("The database does not answer; the portal waits up to " + waitSeconds
                + " s for it (bantin.db.wait) and answers 503 meanwhile");
        executor.execute(() -> waitForDatabase(Instant.now().plusSeconds(waitSeconds)));
    }

    private void waitForDatabase(Instant deadline) {
        while (Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(RETRY_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            try {
                if (database.migrateIfAvailable()) {
                    runSteps();
                    return;
                }
            } catch (RuntimeException migrationFailed) {
                LOG.log(Level.SEVERE, "The schema migration failed; the portal stays unavailable", migrationFailed);
                return;
            }
        }
        LOG.severe("The database did not answer within bantin.db.wait; the portal stays unavailable."
                + " Restart it once the database is up.");
    }

    private void runSteps() {
        StartupSteps steps = new StartupSteps();
        steps.run("admin account", admin::createAdminIfMissing);
        steps.run("demo content", demo::loadWhenEmpty);
        // After the demo content, before the search index is opened, so everything is indexed once.
        steps.run("generated bulletins", generated::generate);
        steps.run("search index", search::open);
        steps.run("old addresses", legacy::loadAll);
        // In the background: readings missing or out of date are made after the portal is ready.
        steps.run("readings", narrator::catchUp);
        // Last: changes from other nodes are only heard once this node can act on them.
        steps.run("cluster changes", relay::join);
        StartupState.ready();
        LOG.info(steps.failed().isEmpty() ? "The portal has started"
                : "The portal has started without: " + String.join(", ", steps.failed()));
    }
}
