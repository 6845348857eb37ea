package id.anjungan.device.gpio;

import java.time.Duration;

/** Runs a task after a delay; a seam so tests can move time by hand. */
public interface DebounceTimer extends AutoCloseable {

    /** Runs {@code task} once, {@code delay} from now. */
    void schedule(Runnable task, Duration delay);

    /** Drops pending tasks. */
    @Override
    void close();
}
