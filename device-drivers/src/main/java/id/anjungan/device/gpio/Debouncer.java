package id.anjungan.device.gpio;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * Accepts an input level only once it has held for the debounce time: every raw edge restarts the
 * wait, so contact bounce and a PIR's flicker become one change, and a glitch shorter than the
 * window none at all.
 */
final class Debouncer {

    private final Duration window;
    private final DebounceTimer timer;
    private final Consumer<Boolean> onChange;
    private long edges;
    private boolean stable;

    Debouncer(boolean initial, Duration window, DebounceTimer timer, Consumer<Boolean> onChange) {
        this.stable = initial;
        this.window = window;
        this.timer = timer;
        this.onChange = onChange;
    }

    /** A raw level seen on the line. */
    synchronized void edge(boolean active) {
        long edge = ++edges;
        timer.schedule(() -> settle(edge, active), window);
    }

    private void settle(long edge, boolean active) {
        synchronized (this) {
            if (edge != edges || active == stable) {
                return;
            }
            stable = active;
        }
        onChange.accept(active);
    }
}
