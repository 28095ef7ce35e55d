package vn.bantin.startup;

import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

import vn.bantin.demo.DemoContent;
import vn.bantin.demo.GeneratedBulletins;
import vn.bantin.platform.DatabaseStartup;
import vn.bantin.search.SearchIndex;
import vn.bantin.security.AdminAccountBootstrap;

/**
 * What happens when the portal starts, in this order. Settings are checked first: an invalid one
 * stops the start with a message naming it. Then the schema is migrated (a failure stops the start
 * too). The steps after it need the schema; each runs even if one before it failed. Each step
 * manages its own transactions.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class StartupSequence {

    private static final Logger LOG = Logger.getLogger(StartupSequence.class.getName());

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

    @PostConstruct
    void start() {
        admin.checkSettings();
        database.migrate();
        runSteps();
    }

    private void runSteps() {
        StartupSteps steps = new StartupSteps();
        steps.run("admin account", admin::createAdminIfMissing);
        steps.run("demo content", demo::loadWhenEmpty);
        // After the demo content, before the search index is opened, so everything is indexed once.
        steps.run("generated bulletins", generated::generate);
        steps.run("search index", search::open);
        LOG.info(steps.failed().isEmpty() ? "The portal has started"
                : "The portal has started without: " + String.join(", ", steps.failed()));
    }
}
