package vn.bantin.startup;

/**
 * Whether the start-up sequence has finished: until then (for instance while the portal waits for
 * its database) pages answer 503 and readiness says not ready. A plain flag, read on every request.
 */
public final class StartupState {

    private static volatile boolean ready;

    private StartupState() {
    }

    public static boolean isReady() {
        return ready;
    }

    static void ready() {
        ready = true;
    }
}
