package id.anjungan.device.supervisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffPolicyTest {

    private static final BackoffPolicy POLICY = new BackoffPolicy(Duration.ofMillis(500), Duration.ofSeconds(30), 2.0, 0.2);

    @Test
    void waitDoublesPerFailureWithoutJitter() {
        assertThat(POLICY.delay(1, 0.5)).isEqualTo(Duration.ofMillis(500));
        assertThat(POLICY.delay(2, 0.5)).isEqualTo(Duration.ofMillis(1000));
        assertThat(POLICY.delay(4, 0.5)).isEqualTo(Duration.ofMillis(4000));
    }

    @Test
    void waitIsCappedAtTheMaximum() {
        assertThat(POLICY.delay(40, 0.5)).isEqualTo(Duration.ofSeconds(30));
        assertThat(POLICY.delay(40, 0.999)).isEqualTo(Duration.ofSeconds(30));
        assertThat(POLICY.delay(Integer.MAX_VALUE, 0.5)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void jitterSpreadsTheWaitBothWays() {
        assertThat(POLICY.delay(3, 0.0)).isEqualTo(Duration.ofMillis(1600));
        assertThat(POLICY.delay(3, 0.999_999)).isBetween(Duration.ofMillis(2399), Duration.ofMillis(2400));
    }

    @Test
    void jitterNeverShortensBelowTheFirstWaitsFloor() {
        assertThat(POLICY.delay(1, 0.0)).isEqualTo(Duration.ofMillis(400));
    }

    @Test
    void zeroInitialWaitIsRefusedBecauseItWouldSpin() {
        assertThatThrownBy(() -> new BackoffPolicy(Duration.ZERO, Duration.ofSeconds(1), 2.0, 0.1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
