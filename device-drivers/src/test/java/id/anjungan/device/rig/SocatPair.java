package id.anjungan.device.rig;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.anjungan.device.transport.DeviceTiming;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A socat pty pair: {@code ttyKIOSK0} for the driver, {@code ttyPEER0} for the simulator. Killing it
 * is pulling the cable; {@link #start()} again is plugging it back.
 */
public final class SocatPair implements AutoCloseable {

    private final Path kiosk;
    private final Path peer;
    private Process process;

    public SocatPair(Path dir) {
        this.kiosk = dir.resolve("ttyKIOSK0");
        this.peer = dir.resolve("ttyPEER0");
    }

    public static void assumeSocatInstalled() {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/socat")), "socat is not installed");
    }

    public Path kiosk() {
        return kiosk;
    }

    public Path peer() {
        return peer;
    }

    public SocatPair start() throws IOException {
        process = new ProcessBuilder("socat", "-d", "-d",
                "pty,raw,echo=0,link=" + kiosk, "pty,raw,echo=0,link=" + peer)
                .redirectErrorStream(true)
                .redirectOutput(kiosk.resolveSibling("socat.log").toFile())
                .start();
        if (!DeviceTiming.await(() -> Files.exists(kiosk) && Files.exists(peer), Duration.ofSeconds(5), Duration.ofMillis(20))) {
            close();
            throw new IllegalStateException("socat did not create " + kiosk + " and " + peer);
        }
        return this;
    }

    /** Pulls the cable: socat ends and both ptys vanish. */
    public void kill() throws InterruptedException {
        if (process != null) {
            process.destroy();
            process.waitFor();
            process = null;
        }
        DeviceTiming.await(() -> !Files.exists(kiosk) && !Files.exists(peer), Duration.ofSeconds(5), Duration.ofMillis(20));
    }

    @Override
    public void close() {
        if (process != null) {
            process.destroyForcibly();
            process = null;
        }
    }
}
