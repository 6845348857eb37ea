package id.anjungan.device.gpio;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A debounce timer whose time moves only when the test says so. */
final class ManualTimer implements DebounceTimer {

    private record Due(long at, long order, Runnable task) {
    }

    private final List<Due> pending = new ArrayList<>();
    private long now;
    private long order;

    @Override
    public synchronized void schedule(Runnable task, Duration delay) {
        pending.add(new Due(now + delay.toNanos(), order++, task));
    }

    /** Moves time forward, running every task that falls due, in time order. */
    void advance(Duration duration) {
        long until = now + duration.toNanos();
        while (true) {
            Due next;
            synchronized (this) {
                next = pending.stream().filter(d -> d.at() <= until)
                        .min(Comparator.comparingLong(Due::at).thenComparingLong(Due::order)).orElse(null);
                if (next == null) {
                    now = until;
                    return;
                }
                pending.remove(next);
                now = next.at();
            }
            next.task().run();
        }
    }

    @Override
    public synchronized void close() {
        pending.clear();
    }
}
