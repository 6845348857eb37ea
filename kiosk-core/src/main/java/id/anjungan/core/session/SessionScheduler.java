package id.anjungan.core.session;

import java.time.Duration;

/** Runs a task later; the session's idle timer. Tests use a fake that advances a fake clock. */
public interface SessionScheduler {

    /** A scheduled task that can be called off. */
    interface Scheduled {
        void cancel();
    }

    Scheduled schedule(Duration delay, Runnable task);
}
