package id.anjungan.device.supervisor;

import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;
import id.anjungan.device.api.DeviceHealth;
import id.anjungan.device.api.DeviceHealthListener;
import id.anjungan.device.api.DeviceSupervision;
import id.anjungan.device.api.ManagedDevice;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns one {@link ManagedDevice} on one daemon thread: opens it, probes it every
 * {@link SupervisorSettings#probeInterval()}, and after a failure closes it and reopens it after a
 * {@link BackoffPolicy} wait. Every wait is a timed wait on a monitor that {@link #close()} wakes, so
 * the thread never spins and stops promptly.
 */
public final class DeviceSupervisor implements DeviceSupervision {

    private static final Logger LOG = LoggerFactory.getLogger(DeviceSupervisor.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);

    private final ManagedDevice device;
    private final SupervisorSettings settings;
    private final DoubleSupplier random;
    private final HealthBoard board;
    private final Object monitor = new Object();
    private Thread thread;
    private boolean stopping;

    public DeviceSupervisor(ManagedDevice device, SupervisorSettings settings) {
        this(device, settings, Clock.systemUTC(), () -> ThreadLocalRandom.current().nextDouble());
    }

    /** With a clock for {@code since} and a source of jitter, for tests. */
    public DeviceSupervisor(ManagedDevice device, SupervisorSettings settings, Clock clock, DoubleSupplier random) {
        this.device = device;
        this.settings = settings;
        this.random = random;
        this.board = new HealthBoard(device.name(), clock);
    }

    @Override
    public void start() {
        synchronized (monitor) {
            if (thread != null || stopping) {
                return;
            }
            thread = new Thread(this::supervise, "supervisor " + device.name());
            thread.setDaemon(true);
            thread.start();
        }
    }

    @Override
    public Optional<DeviceHealth> health() {
        return board.current();
    }

    @Override
    public void addListener(DeviceHealthListener listener) {
        board.add(listener);
    }

    @Override
    public void removeListener(DeviceHealthListener listener) {
        board.remove(listener);
    }

    @Override
    public void close() {
        Thread running;
        synchronized (monitor) {
            stopping = true;
            monitor.notifyAll();
            running = thread;
        }
        if (running != null && running != Thread.currentThread()) {
            try {
                running.join(STOP_WAIT.toMillis());
                if (running.isAlive()) {
                    LOG.warn("Supervisor of {} did not stop within {}; interrupting", device.name(), STOP_WAIT);
                    running.interrupt();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        device.close();
    }

    private void supervise() {
        int failures = 0;
        while (!stopped()) {
            if (openDevice()) {
                failures = watch() ? 0 : failures;
                device.close();
            }
            failures++;
            if (!stopped()) {
                Duration wait = settings.backoff().delay(failures, random.getAsDouble());
                LOG.debug("Reopening {} in {} ms (failure {})", device.name(), wait.toMillis(), failures);
                pause(wait);
            }
        }
        device.close();
    }

    private boolean openDevice() {
        try {
            device.open();
            board.up();
            return true;
        } catch (RuntimeException e) {
            recordFailure(e);
            device.close();
            return false;
        }
    }

    /** Probes until the device fails or supervision stops; true when at least one probe passed. */
    private boolean watch() {
        boolean probed = false;
        while (pause(settings.probeInterval())) {
            Optional<DeviceError> warning;
            try {
                warning = device.check();
            } catch (RuntimeException e) {
                recordFailure(e);
                return probed;
            }
            probed = true;
            warning.ifPresentOrElse(board::degraded, board::up);
        }
        return probed;
    }

    private void recordFailure(RuntimeException e) {
        if (e instanceof DeviceException de) {
            LOG.debug("{} failed: {}", device.name(), de.getMessage());
            board.down(de.error(), de.getMessage());
        } else {
            LOG.error("{} failed unexpectedly", device.name(), e);
            board.down(DeviceError.DEVICE_UNEXPECTED_FAILURE, e.toString());
        }
    }

    /** Waits unless stopping; false once supervision is stopping. */
    private boolean pause(Duration duration) {
        long deadline = System.nanoTime() + duration.toNanos();
        synchronized (monitor) {
            long left;
            while (!stopping && (left = deadline - System.nanoTime()) > 0) {
                try {
                    monitor.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    stopping = true;
                }
            }
            return !stopping;
        }
    }

    private boolean stopped() {
        synchronized (monitor) {
            return stopping;
        }
    }
}
