package id.anjungan.village.auth;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Laravel's RateLimiter as OpenSID's login uses it: key {@code lower(credential)|ip}, at most 5
 * failures, the counter decaying 3600 s after the first failure of its window.
 */
@Component
public class LoginThrottle {

    static final int MAX_ATTEMPTS = 5;
    static final long DECAY_SECONDS = 3600;

    private record Window(int attempts, long resetsAt) {
    }

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final Clock clock;

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    static String key(String credential, String clientIp) {
        return credential.toLowerCase(java.util.Locale.ROOT) + "|" + clientIp;
    }

    private long now() {
        return clock.instant().getEpochSecond();
    }

    private Window current(String key) {
        Window w = windows.get(key);
        if (w != null && w.resetsAt() <= now()) {
            windows.remove(key, w);
            return null;
        }
        return w;
    }

    public boolean tooManyAttempts(String key) {
        Window w = current(key);
        return w != null && w.attempts() >= MAX_ATTEMPTS;
    }

    /** Seconds until the pair may try again. */
    public long availableIn(String key) {
        Window w = current(key);
        return w == null ? 0 : Math.max(0, w.resetsAt() - now());
    }

    public void hit(String key) {
        long now = now();
        windows.compute(key, (k, w) -> w == null || w.resetsAt() <= now
                ? new Window(1, now + DECAY_SECONDS)
                : new Window(w.attempts() + 1, w.resetsAt()));
    }

    public void clear(String key) {
        windows.remove(key);
    }
}
