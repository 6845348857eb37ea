package id.anjungan.device.supervisor;

import java.time.Duration;
import java.util.Objects;

/**
 * Timing of a {@link DeviceSupervisor}.
 *
 * @param backoff       waits between reopen attempts
 * @param probeInterval how often an open device is probed
 */
public record SupervisorSettings(BackoffPolicy backoff, Duration probeInterval) {

    /** Default back-off, a probe every two seconds. */
    public static final SupervisorSettings DEFAULT = new SupervisorSettings(BackoffPolicy.DEFAULT, Duration.ofSeconds(2));

    public SupervisorSettings {
        Objects.requireNonNull(backoff, "backoff");
        Objects.requireNonNull(probeInterval, "probeInterval");
        if (probeInterval.isNegative() || probeInterval.isZero()) {
            throw new IllegalArgumentException("probe interval must be positive");
        }
    }
}
