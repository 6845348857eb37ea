package id.anjungan.device.transport;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * The one place where device code waits for time to pass; everywhere else waits on data with a
 * timeout, never in a loop of sleeps.
 */
public final class DeviceTiming {

    private DeviceTiming() {
    }

    /** Waits {@code duration}; an interrupt ends the wait early and is kept on the thread. */
    public static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Checks {@code condition} every {@code interval} until it holds or {@code timeout} passes. */
    public static boolean await(BooleanSupplier condition, Duration timeout, Duration interval) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline >= 0 || Thread.currentThread().isInterrupted()) {
                return false;
            }
            pause(interval);
        }
        return true;
    }
}
