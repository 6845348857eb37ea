package id.anjungan.device.supervisor;

import java.time.Duration;
import java.util.Objects;

/**
 * How long to wait before reopening a device after the n-th failure in a row: exponential, capped,
 * jittered so that kiosks (or devices) that failed together do not retry in lockstep.
 *
 * @param initial    the wait after the first failure
 * @param max        the longest wait
 * @param multiplier growth per failure, at least 1
 * @param jitter     the fraction by which a wait may be shortened or lengthened, 0 to 1
 */
public record BackoffPolicy(Duration initial, Duration max, double multiplier, double jitter) {

    /** Half a second, doubling up to 30 seconds, ±20 %. */
    public static final BackoffPolicy DEFAULT = new BackoffPolicy(Duration.ofMillis(500), Duration.ofSeconds(30), 2.0, 0.2);

    public BackoffPolicy {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(max, "max");
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("need 0 < initial <= max, got " + initial + " and " + max);
        }
        if (multiplier < 1.0 || jitter < 0.0 || jitter > 1.0) {
            throw new IllegalArgumentException("need multiplier >= 1 and 0 <= jitter <= 1");
        }
    }

    /**
     * The wait after {@code failures} failures in a row.
     *
     * @param failures at least 1
     * @param random   a value in [0, 1) that picks the jitter
     */
    public Duration delay(int failures, double random) {
        double base = initial.toNanos() * Math.pow(multiplier, Math.max(0, failures - 1));
        double capped = Math.min(base, max.toNanos());
        double jittered = capped * (1.0 - jitter + 2.0 * jitter * random);
        // jitter never pushes below the first wait: that floor is what keeps a dead device from spinning
        long nanos = (long) Math.max(initial.toNanos() * (1.0 - jitter), Math.min(jittered, max.toNanos()));
        return Duration.ofNanos(Math.max(1, nanos));
    }
}
