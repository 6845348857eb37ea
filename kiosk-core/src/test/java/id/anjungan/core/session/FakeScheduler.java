package id.anjungan.core.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A fake clock and scheduler: time moves only when a test says so, and due tasks run then, in order. */
final class FakeScheduler extends Clock implements SessionScheduler {

    private Instant now = Instant.parse("2025-03-10T02:00:00Z");
    private final List<Task> tasks = new ArrayList<>();

    private final class Task implements Scheduled {
        final Instant due;
        final Runnable work;
        boolean cancelled;

        Task(Instant due, Runnable work) {
            this.due = due;
            this.work = work;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }

    @Override
    public Scheduled schedule(Duration delay, Runnable task) {
        Task scheduled = new Task(now.plus(delay), task);
        tasks.add(scheduled);
        return scheduled;
    }

    /** Moves time on, running every task that falls due. */
    void advance(Duration duration) {
        Instant end = now.plus(duration);
        while (true) {
            Task next = tasks.stream().filter(task -> !task.cancelled && !task.due.isAfter(end))
                    .min(Comparator.comparing(task -> task.due)).orElse(null);
            if (next == null) {
                break;
            }
            tasks.remove(next);
            now = next.due;
            next.work.run();
        }
        now = end;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
