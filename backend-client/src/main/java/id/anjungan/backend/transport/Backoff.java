package id.anjungan.backend.transport;

import id.anjungan.backend.BackendError;
import id.anjungan.backend.BackendException;
import java.time.Duration;

/** The one place backend-client waits: between retries. */
final class Backoff {

    private Backoff() {
    }

    static void pause(Duration wait) {
        if (wait.isZero()) {
            return;
        }
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new BackendException(BackendError.UNAVAILABLE, "interrupted while waiting to retry", interrupted);
        }
    }
}
