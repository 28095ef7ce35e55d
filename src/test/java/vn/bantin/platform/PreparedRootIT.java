package vn.bantin.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import vn.bantin.testing.PortalProcess;

/**
 * The faster start the README gives operators: {@code config/prepare-root.sh} prepares a root
 * directory with the portal deployed and a class-data archive, and the command it prints starts
 * the portal from there, with that archive actually in use.
 */
class PreparedRootIT {

    private static Process portal;

    @AfterAll
    static void stop() throws InterruptedException {
        PortalProcess.stop(portal);
    }

    @Test
    void the_prepared_root_directory_starts_the_portal_with_its_class_data_archive() throws Exception {
        Path work = Files.createDirectories(Path.of(System.getProperty("it.work.dir", "target/it")).toAbsolutePath());
        Path root = work.resolve("prepared-root");
        Path data = Files.createTempDirectory(work, "prepared-root-data-");
        int port = PortalProcess.freePort();
        Map<String, String> environment = Map.of(
                "BANTIN_DATA_DIR", data.toString(),
                "BANTIN_DB_URL", "embedded", // its own embedded database, whichever profile runs the suite
                "BANTIN_ADMIN_PASSWORD", "Quan-tri-thu-nghiem-2026",
                "PATH", Path.of(System.getProperty("java.home"), "bin") + ":" + System.getenv("PATH"));

        ProcessBuilder prepare = new ProcessBuilder("bash", "config/prepare-root.sh", System.getProperty("payara.microJar"),
                System.getProperty("bantin.war"), root.toString(),
                "--prebootcommandfile", System.getProperty("bantin.preboot"), "--port", Integer.toString(port));
        prepare.environment().putAll(environment);
        prepare.redirectErrorStream(true);
        Process preparing = prepare.start();
        assertTrue(preparing.waitFor(5, TimeUnit.MINUTES), "preparing took more than five minutes");
        String printed = new String(preparing.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, preparing.exitValue(), printed);
        assertTrue(Files.size(root.resolve("bantin.jsa")) > 0, "class-data archive written");

        // The printed command, with -Xshare:on: the JVM refuses to start unless the archive maps.
        String command = printed.lines().filter(line -> line.strip().startsWith("java ")).findFirst()
                .orElseThrow(() -> new AssertionError("no start command printed: " + printed)).strip();
        List<String> arguments = new ArrayList<>(List.of(command.split(" ")));
        arguments.set(0, Path.of(System.getProperty("java.home"), "bin", "java").toString());
        arguments.add(1, "-Xshare:on");
        ProcessBuilder start = new ProcessBuilder(arguments);
        start.environment().putAll(environment);
        start.redirectErrorStream(true);
        start.redirectOutput(work.resolve("prepared-root.log").toFile());
        portal = start.start();

        HttpResponse<String> home = PortalProcess.awaitStatus(portal, PortalProcess.base(port), "/", s -> s == 200,
                Duration.ofMinutes(3));
        assertEquals(200, home.statusCode());
        assertTrue(home.body().matches("(?s).*<html[^>]* lang=\"vi\".*"), "the portal's home page, in Vietnamese");
        assertTrue(home.body().contains("href=\"/tin-tuc/"), "listing the demo bulletins from its database");
    }
}
