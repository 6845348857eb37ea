package id.anjungan.device.rig;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.anjungan.device.transport.DeviceTiming;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * pcscd with the vsmartcard-vpcd driver, whose readers "Virtual PCD 00 00" and "00 01" wait for a
 * virtual card on TCP 35963 and 35964. A pcscd already running is reused; {@link #restart()} stops
 * whichever pcscd runs and starts our own in the foreground, which {@link #close()} stops again.
 */
public final class PcscdRig implements AutoCloseable {

    public static final int FIRST_READER_PORT = 35963;
    public static final int SECOND_READER_PORT = 35964;
    public static final String FIRST_READER = "Virtual PCD 00 00";
    public static final String SECOND_READER = "Virtual PCD 00 01";

    private static final Path PCSCD = Path.of("/usr/sbin/pcscd");
    private static final Path PID_FILE = Path.of("/run/pcscd/pcscd.pid");
    private static final Path VPCD = Path.of("/usr/lib/pcsc/drivers/serial/libifdvpcd.so");

    private final Path log;
    private Process own;

    public PcscdRig(Path dir) {
        this.log = dir.resolve("pcscd.log");
    }

    public static void assumeInstalled() {
        assumeTrue(Files.isExecutable(PCSCD), "pcscd is not installed");
        assumeTrue(Files.exists(VPCD), "vsmartcard-vpcd is not installed");
    }

    /** Makes sure pcscd runs and vpcd listens. */
    public PcscdRig start() throws IOException {
        if (runningPid().isEmpty()) {
            own = new ProcessBuilder(PCSCD.toString(), "-f")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        }
        if (!DeviceTiming.await(() -> Listening.onPort(FIRST_READER_PORT) && Listening.onPort(SECOND_READER_PORT),
                Duration.ofSeconds(10), Duration.ofMillis(50))) {
            throw new IllegalStateException("vpcd did not listen on " + FIRST_READER_PORT + " (see " + log + ")");
        }
        return this;
    }

    /** Stops pcscd, whoever started it, and waits until it is gone. */
    public void stop() throws InterruptedException {
        if (own != null) {
            own.destroy();
            own.waitFor();
            own = null;
        }
        Optional<Long> pid = runningPid();
        if (pid.isPresent()) {
            ProcessHandle.of(pid.get()).ifPresent(ProcessHandle::destroy);
        }
        if (!DeviceTiming.await(() -> runningPid().isEmpty() && !Listening.onPort(FIRST_READER_PORT),
                Duration.ofSeconds(10), Duration.ofMillis(50))) {
            throw new IllegalStateException("pcscd did not stop");
        }
    }

    /** What the kiosk sees when pcscd is restarted (an update, a crash, a technician). */
    public void restart() throws IOException, InterruptedException {
        stop();
        start();
    }

    @Override
    public void close() {
        if (own != null) {
            try {
                stop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Optional<Long> runningPid() {
        try {
            String text = Files.readString(PID_FILE, StandardCharsets.US_ASCII).replace("\0", "").strip();
            long pid = Long.parseLong(text);
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(ProcessHandle::pid);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
