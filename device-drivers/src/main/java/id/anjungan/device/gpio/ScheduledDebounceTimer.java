package id.anjungan.device.gpio;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** The debounce timer of a running kiosk: one daemon thread. */
public final class ScheduledDebounceTimer implements DebounceTimer {

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "gpio debounce");
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public void schedule(Runnable task, Duration delay) {
        executor.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
