package id.anjungan.core.session;

import id.anjungan.backend.Nik;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The kiosk's own throttle on top of the server's: {@code attempts} wrong PINs or fingerprints for one NIK within
 * {@code window} lock that NIK here for {@code period}. Kept in memory only (the server's lockout outlives a
 * restart; this one only slows a person at the screen).
 */
public final class LocalLockout {

    private final Clock clock;
    private final int attempts;
    private final Duration window;
    private final Duration period;
    private final Map<Nik, Deque<Instant>> failures = new HashMap<>();
    private final Map<Nik, Instant> lockedUntil = new HashMap<>();

    public LocalLockout(Clock clock, int attempts, Duration window, Duration period) {
        this.clock = clock;
        this.attempts = attempts;
        this.window = window;
        this.period = period;
    }

    /** Records a failure; true when it locks the NIK. */
    public synchronized boolean failed(Nik nik) {
        Instant now = clock.instant();
        Deque<Instant> recent = failures.computeIfAbsent(nik, key -> new ArrayDeque<>());
        recent.addLast(now);
        while (!recent.isEmpty() && recent.peekFirst().isBefore(now.minus(window))) {
            recent.removeFirst();
        }
        if (recent.size() >= attempts) {
            failures.remove(nik);
            lockedUntil.put(nik, now.plus(period));
            return true;
        }
        return false;
    }

    /** How many tries are left before a lock. */
    public synchronized int remaining(Nik nik) {
        return attempts - failures.getOrDefault(nik, new ArrayDeque<>()).size();
    }

    /** How long the NIK stays locked, if it is. */
    public synchronized Optional<Duration> lockedFor(Nik nik) {
        Instant until = lockedUntil.get(nik);
        Instant now = clock.instant();
        if (until == null || !until.isAfter(now)) {
            lockedUntil.remove(nik);
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, until));
    }

    /** A successful login forgets earlier failures. */
    public synchronized void succeeded(Nik nik) {
        failures.remove(nik);
    }
}
