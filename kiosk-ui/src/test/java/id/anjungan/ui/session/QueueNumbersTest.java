package id.anjungan.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class QueueNumbersTest {

    @Test
    void numbersCountUpWithinADay() {
        QueueNumbers numbers = new QueueNumbers(Clock.fixed(Instant.parse("2026-11-23T03:00:00Z"), ZoneOffset.UTC));
        numbers.next();
        assertThat(numbers.next()).isEqualTo("231126-002");
    }

    @Test
    void theDayIsTheVillagesDayInWib() {
        QueueNumbers numbers = new QueueNumbers(Clock.fixed(Instant.parse("2026-11-23T18:00:00Z"), ZoneOffset.UTC));
        assertThat(numbers.next()).isEqualTo("241126-001");
    }
}
