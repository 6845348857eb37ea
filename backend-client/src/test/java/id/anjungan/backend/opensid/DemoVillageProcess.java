package id.anjungan.backend.opensid;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * demo-village's executable jar running as a separate process on a free loopback port with its own database, so
 * the client meets it over real HTTP exactly as it would meet OpenSID.
 */
final class DemoVillageProcess implements AutoCloseable {

    private static final Duration START_LIMIT = Duration.ofSeconds(120);

    private final Process process;
    private final Path log;
    private final URI baseUrl;

    private DemoVillageProcess(Process process, Path log, URI baseUrl) {
        this.process = process;
        this.log = log;
        this.baseUrl = baseUrl;
    }

    static DemoVillageProcess start(Path workDir) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("anjungan.demoVillageJar", "../demo-village/target/demo-village-exec.jar"));
        if (!Files.isRegularFile(jar)) {
            fail("demo-village's executable jar is missing at " + jar.toAbsolutePath() + ". Build demo-village first:"
                    + " ./mvnw -B -pl demo-village -am package -DskipTests (the full reactor build does this on its own).");
        }
        int port = freePort();
        Path log = workDir.resolve("demo-village.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-Xmx256m", "-jar", jar.toAbsolutePath().toString(),
                "--server.port=" + port, "--village.database=" + workDir.resolve("v.db")))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        // should the test JVM be stopped before @AfterAll runs, demo-village must not outlive it
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly, "stop-demo-village"));
        DemoVillageProcess village = new DemoVillageProcess(process, log, URI.create("http://127.0.0.1:" + port + "/"));
        village.awaitReady();
        return village;
    }

    URI baseUrl() {
        return baseUrl;
    }

    /**
     * Polls {@code profil-desa} (public, unthrottled) rather than {@code /healthcheck}, which allows 6 calls a minute
     * like real OpenSID's.
     */
    private void awaitReady() throws InterruptedException {
        HttpClient probe = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest request = HttpRequest.newBuilder(baseUrl.resolve("/api/v1/profil-desa"))
                .header("Accept", "application/json").timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                fail("demo-village exited with " + process.exitValue() + " before it was ready:\n" + logTail());
            }
            try {
                if (probe.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
        close();
        fail("demo-village did not answer within " + START_LIMIT.toSeconds() + " s:\n" + logTail());
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException unreadable) {
            return "(no log: " + unreadable.getMessage() + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException interrupted) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
