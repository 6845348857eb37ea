package id.anjungan.core.harness;

import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * demo-village's executable jar as a separate process on a free loopback port with its own database, plus its
 * operator API (demo only, not OpenSID's): the other side of the wire over real HTTP.
 */
public final class DemoVillage implements AutoCloseable {

    private static final Duration START_LIMIT = Duration.ofSeconds(120);

    private final Process process;
    private final Path log;
    private final URI baseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ObjectMapper json = new ObjectMapper();

    private DemoVillage(Process process, Path log, URI baseUrl) {
        this.process = process;
        this.log = log;
        this.baseUrl = baseUrl;
    }

    public static DemoVillage start(Path workDir) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("anjungan.demoVillageJar", "../demo-village/target/demo-village-exec.jar"));
        if (!Files.isRegularFile(jar)) {
            fail("demo-village's executable jar is missing at " + jar.toAbsolutePath() + ". Build it first:"
                    + " ./mvnw -B -pl demo-village -am package -DskipTests (\"-pl kiosk-core -am\" builds it on its own).");
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        Path log = workDir.resolve("demo-village.log");
        Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", jar.toAbsolutePath().toString(), "--server.port=" + port,
                "--village.database=" + workDir.resolve("v.db")))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly, "stop-demo-village"));
        DemoVillage village = new DemoVillage(process, log, URI.create("http://127.0.0.1:" + port + "/"));
        village.awaitReady();
        return village;
    }

    public URI baseUrl() {
        return baseUrl;
    }

    /** Makes every /api/v1 call answer 503 as OpenSID's premium gate does, or stops it. */
    public void premiumGateDown(boolean down) throws IOException, InterruptedException {
        send("POST", "/operator/api/gangguan", "{\"premium\":" + down + "}");
    }

    /** Every letter request the village holds, as the operator sees them. */
    public List<JsonNode> requests() throws IOException, InterruptedException {
        List<JsonNode> all = new ArrayList<>();
        for (JsonNode item : send("GET", "/operator/api/permohonan", null).path("data")) {
            all.add(item.has("attributes") ? item.path("attributes") : item);
        }
        return all;
    }

    /** The requests of one resident, by the name the operator sees. */
    public List<JsonNode> requestsOf(String residentName) throws IOException, InterruptedException {
        return requests().stream().filter(request -> residentName.equals(request.path("nama_penduduk").asText())).toList();
    }

    private JsonNode send(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(baseUrl.resolve(path)).header("Accept", "application/json")
                .timeout(Duration.ofSeconds(10));
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return json.readTree(response.body());
    }

    /** Polls profil-desa (public, unthrottled) rather than the throttled healthcheck. */
    private void awaitReady() throws InterruptedException {
        HttpRequest probe = HttpRequest.newBuilder(baseUrl.resolve("/api/v1/profil-desa"))
                .header("Accept", "application/json").timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                fail("demo-village exited with " + process.exitValue() + " before it was ready:\n" + logTail());
            }
            try {
                if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
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

    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException unreadable) {
            return "(no log: " + unreadable.getMessage() + ")";
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
