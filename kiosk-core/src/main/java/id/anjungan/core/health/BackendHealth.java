package id.anjungan.core.health;

import id.anjungan.backend.BackendException;
import id.anjungan.backend.VillageBackend;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;

/**
 * Whether the village backend answers. Probes {@code profil-desa} (public and cheap) at most once per interval and
 * reports the last outcome in between; never OpenSID's {@code /healthcheck}, which allows 6 calls a minute. While the
 * backend is down it is asked again every {@link #RETRY_WHILE_DOWN} at most, so the kiosk is back in service soon
 * after the village is (a kiosk that started before its backend, the embedded demo-village, a network cut).
 */
public final class BackendHealth implements HealthIndicator {

    /** How soon a backend that was down is asked again. */
    static final Duration RETRY_WHILE_DOWN = Duration.ofSeconds(5);

    private final VillageBackend backend;
    private final Clock clock;
    private final Duration interval;
    private Instant lastProbe;
    private Health last;

    public BackendHealth(VillageBackend backend, Clock clock, Duration interval) {
        this.backend = backend;
        this.clock = clock;
        this.interval = interval;
    }

    @Override
    public synchronized Health health() {
        Instant now = clock.instant();
        Duration wait = last != null && Status.DOWN.equals(last.getStatus()) && RETRY_WHILE_DOWN.compareTo(interval) < 0
                ? RETRY_WHILE_DOWN : interval;
        if (last == null || !now.isBefore(lastProbe.plus(wait))) {
            lastProbe = now;
            last = probe(now);
        }
        return last;
    }

    private Health probe(Instant now) {
        try {
            backend.villageProfile();
            return Health.up().withDetail("probedAt", now.toString()).build();
        } catch (BackendException failure) {
            return Health.down().withDetail("probedAt", now.toString()).withDetail("error", failure.error().name()).build();
        }
    }
}
