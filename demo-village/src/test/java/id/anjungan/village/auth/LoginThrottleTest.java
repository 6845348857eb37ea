package id.anjungan.village.auth;

import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.village.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T03:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock);
    private final String key = LoginThrottle.key("3301051203800001", "127.0.0.1");

    @Test
    void theKeyIsTheLowerCaseCredentialAndTheAddress() {
        assertThat(LoginThrottle.key("Ratna@Example.ID", "10.0.0.9")).isEqualTo("ratna@example.id|10.0.0.9");
    }

    @Test
    void fourFailuresDoNotLockTheFifthDoes() {
        for (int i = 0; i < 4; i++) {
            throttle.hit(key);
        }
        assertThat(throttle.tooManyAttempts(key)).isFalse();

        throttle.hit(key);

        assertThat(throttle.tooManyAttempts(key)).isTrue();
        assertThat(throttle.availableIn(key)).isEqualTo(3600);
    }

    @Test
    void theWindowDecaysAnHourAfterItsFirstFailure() {
        throttle.hit(key);
        clock.advance(Duration.ofMinutes(30));
        for (int i = 0; i < 4; i++) {
            throttle.hit(key);
        }
        assertThat(throttle.availableIn(key)).isEqualTo(1800);

        clock.advance(Duration.ofMinutes(30));

        assertThat(throttle.tooManyAttempts(key)).isFalse();
        assertThat(throttle.availableIn(key)).isZero();
    }

    @Test
    void aGoodLoginClearsTheFailures() {
        for (int i = 0; i < 5; i++) {
            throttle.hit(key);
        }

        throttle.clear(key);

        assertThat(throttle.tooManyAttempts(key)).isFalse();
    }
}
