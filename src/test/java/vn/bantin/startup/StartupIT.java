package vn.bantin.startup;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import vn.bantin.testing.Portal;
import vn.bantin.testing.PortalProcess;

/** The portal started as an operator starts it, with a setting it must refuse. */
class StartupIT {

    @Test
    void a_too_short_admin_password_stops_the_start_with_the_setting_named() throws Exception {
        int port = PortalProcess.freePort();
        Path log = PortalProcess.log("startup-short-password");
        Files.deleteIfExists(log);
        java.util.Map<String, String> environment = new java.util.HashMap<>();
        environment.put("BANTIN_DB_URL", null);
        environment.put("BANTIN_DATA_DIR", PortalProcess.dataDirectory("startup-data-"));
        environment.put("BANTIN_ADMIN_PASSWORD", "ngan");
        Process portal = PortalProcess.start("startup-short-password", port, environment);
        try {
            Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
            while (Instant.now().isBefore(deadline) && portal.isAlive()
                    && !Files.readString(log).contains("bantin.admin.password")) {
                Thread.sleep(500);
            }
            String written = Files.readString(log);
            assertTrue(written.contains("The setting bantin.admin.password (environment BANTIN_ADMIN_PASSWORD) has 4 characters"),
                    "the log names the setting and what is wrong with it:\n" + written);
            URL base = PortalProcess.base(port);
            // Whatever the server does next, the portal itself never serves pages with that setting.
            Thread.sleep(2_000);
            if (portal.isAlive()) {
                try {
                    assertNotEquals(200, Portal.get(base, "/").statusCode(), "no portal is served");
                } catch (java.io.UncheckedIOException notListening) {
                    // nothing answers at all: also not served
                }
            }
        } finally {
            PortalProcess.stop(portal);
        }
    }
}
