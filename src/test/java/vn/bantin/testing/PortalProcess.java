package vn.bantin.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.MalformedURLException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A portal the test starts as its own process, as an operator does, and stops by that process. */
public final class PortalProcess {

    private PortalProcess() {
    }

    /** A free port on the loopback interface. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /**
     * Starts the built WAR on Payara Micro as its own process, on {@code port} of the loopback
     * interface, with these environment settings ({@code null} removes one inherited from the test
     * run) and JVM options; its output goes to {@code target/it/<logName>.log}.
     */
    public static Process start(String logName, int port, java.util.Map<String, String> environment, String... jvmOptions)
            throws IOException {
        java.nio.file.Path work = java.nio.file.Files.createDirectories(
                java.nio.file.Path.of(System.getProperty("it.work.dir", "target/it")));
        java.util.List<String> command = new java.util.ArrayList<>();
        command.add(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(java.util.List.of(jvmOptions));
        command.addAll(java.util.List.of("-Djava.io.tmpdir=" + work.toAbsolutePath(),
                "-jar", System.getProperty("payara.microJar"),
                "--prebootcommandfile", System.getProperty("bantin.preboot"),
                "--deploy", System.getProperty("bantin.war"),
                "--contextroot", "/",
                "--nohazelcast",
                "--port", Integer.toString(port)));
        ProcessBuilder builder = new ProcessBuilder(command);
        environment.forEach((name, value) -> {
            if (value == null) {
                builder.environment().remove(name);
            } else {
                builder.environment().put(name, value);
            }
        });
        builder.redirectErrorStream(true);
        builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log(logName).toFile()));
        return builder.start();
    }

    /** Where {@link #start} writes a process's output. */
    public static java.nio.file.Path log(String logName) {
        return java.nio.file.Path.of(System.getProperty("it.work.dir", "target/it"), logName + ".log");
    }

    /** A new empty data directory for a portal of its own. */
    public static String dataDirectory(String prefix) throws IOException {
        java.nio.file.Path work = java.nio.file.Files.createDirectories(
                java.nio.file.Path.of(System.getProperty("it.work.dir", "target/it")));
        return java.nio.file.Files.createTempDirectory(work, prefix).toString();
    }

    /** Asks for {@code path} every half second until its status is the wanted one. */
    public static HttpResponse<String> awaitStatus(Process portal, URL base, String path, Predicate<Integer> wanted,
            Duration timeout) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Instant deadline = Instant.now().plus(timeout);
        HttpResponse<String> last = null;
        while (Instant.now().isBefore(deadline)) {
            if (!portal.isAlive()) {
                throw new IllegalStateException("Payara Micro exited with " + portal.exitValue());
            }
            try {
                last = client.send(HttpRequest.newBuilder(Portal.resolve(base, path)).timeout(Duration.ofSeconds(30))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (wanted.test(last.statusCode())) {
                    return last;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError(path + " did not reach the wanted status within " + timeout + "; last: "
                + (last == null ? "no answer" : last.statusCode() + " " + last.body()));
    }

    public static void stop(Process portal) throws InterruptedException {
        if (portal != null) {
            portal.destroy();
            if (!portal.waitFor(30, TimeUnit.SECONDS)) {
                portal.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    public static URL base(int port) {
        try {
            return URI.create("http://127.0.0.1:" + port + "/").toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
