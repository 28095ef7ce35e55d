package vn.bantin.startup;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Steps run one after the other, each whatever became of those before: a step that fails is
 * logged by name and the next one still runs (the search index opens even if demo content fails).
 */
final class StartupSteps {

    private static final Logger LOG = Logger.getLogger(StartupSteps.class.getName());

    private final List<String> failed = new ArrayList<>();

    void run(String name, Runnable step) {
        long started = System.nanoTime();
        try {
            step.run();
            LOG.fine(() -> "Start-up step '" + name + "' done in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        } catch (RuntimeException failure) {
            failed.add(name);
            LOG.log(Level.SEVERE, "Start-up step '" + name + "' failed; the portal starts without it", failure);
        }
    }

    /** The names of the steps that failed, in order. */
    List<String> failed() {
        return List.copyOf(failed);
    }
}
