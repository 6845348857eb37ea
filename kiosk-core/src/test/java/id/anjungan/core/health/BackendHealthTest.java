package id.anjungan.core.health;

import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.backend.BackendError;
import id.anjungan.backend.BackendException;
import id.anjungan.backend.VillageBackend;
import id.anjungan.backend.VillageProfile;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Status;

class BackendHealthTest {

    private final AtomicBoolean up = new AtomicBoolean();
    private final AtomicInteger probes = new AtomicInteger();
    private Instant now = Instant.parse("2026-11-23T03:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    /** A village backend whose profile answers or not, as the test says; the health probe asks nothing else. */
    private final VillageBackend backend = (VillageBackend) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {VillageBackend.class}, (proxy, method, args) -> {
                if (!method.getName().equals("villageProfile")) {
                    throw new IllegalStateException("the health probe asks only for the profile");
                }
                probes.incrementAndGet();
                if (!up.get()) {
                    throw new BackendException(BackendError.UNAVAILABLE, "connection refused");
                }
                return new VillageProfile("Sukamaju", null, null, null, null, null, null, null, null, null, null, null, null);
            });

    private final BackendHealth health = new BackendHealth(backend, clock, Duration.ofSeconds(60));

    @Test
    void anAnsweringBackendIsAskedOncePerInterval() {
        up.set(true);
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        now = now.plusSeconds(30);
        health.health();
        assertThat(probes).hasValue(1);
        now = now.plusSeconds(30);
        health.health();
        assertThat(probes).hasValue(2);
    }

    @Test
    void aBackendThatWasDownIsAskedAgainWithinSecondsNotAMinute() {
        assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
        up.set(true);
        now = now.plus(BackendHealth.RETRY_WHILE_DOWN);
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        assertThat(probes).hasValue(2);
    }
}
