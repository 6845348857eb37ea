package id.anjungan.core.health;

import id.anjungan.core.outbox.Outbox;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/** How many letter requests wait in the outbox; waiting requests are normal offline, so this stays UP. */
public final class OutboxHealth implements HealthIndicator {

    private final Outbox outbox;

    public OutboxHealth(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public Health health() {
        return Health.up().withDetail("depth", outbox.depth()).build();
    }
}
