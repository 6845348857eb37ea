package id.anjungan.village;

import java.time.Instant;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Shared test wiring: a movable clock in place of the system clock. */
@TestConfiguration(proxyBeanMethods = false)
public class VillageTestSupport {

    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock(Instant.parse("2026-11-23T03:00:00Z"));
    }
}
