package id.anjungan.device.rig;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.anjungan.device.transport.DeviceTiming;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * cupsd for tests: reused when one already listens on 631, otherwise started in the foreground
 * and stopped afterwards. Queues are added and removed with lpadmin.
 */
public final class CupsDaemon implements AutoCloseable {

    private static final Path CUPSD = Path.of("/usr/sbin/cupsd");
    private static final Path LPADMIN = Path.of("/usr/sbin/lpadmin");

    private Process started;

    public static void assumeInstalled() {
        assumeTrue(Files.isExecutable(CUPSD) && Files.isExecutable(LPADMIN), "CUPS (cups, cups-bsd) is not installed");
    }

    public CupsDaemon start() throws IOException {
        if (!listening()) {
            started = new ProcessBuilder(CUPSD.toString(), "-f").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!DeviceTiming.await(CupsDaemon::listening, Duration.ofSeconds(15), Duration.ofMillis(100))) {
                close();
                throw new IllegalStateException("cupsd did not start listening on 631");
            }
        }
        return this;
    }

    /** Adds a raw queue that sends jobs to {@code uri}, e.g. {@code socket://127.0.0.1:9100}. */
    public void addRawQueue(String name, String uri) throws IOException, InterruptedException {
        run(LPADMIN.toString(), "-p", name, "-E", "-v", uri, "-m", "raw");
    }

    public void removeQueue(String name) throws IOException, InterruptedException {
        run(LPADMIN.toString(), "-x", name);
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
        }
    }

    private static boolean listening() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 631), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        if (started != null) {
            started.destroy();
            try {
                started.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            started = null;
        }
    }
}
