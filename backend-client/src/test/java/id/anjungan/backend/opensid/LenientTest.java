package id.anjungan.backend.opensid;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class LenientTest {

    @ParameterizedTest
    @ValueSource(strings = {"1", "true", "TRUE", " 1 "})
    void truthyFlags(String value) {
        assertThat(Lenient.flag(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "false", "", "null"})
    void falsyFlags(String value) {
        assertThat(Lenient.flag(value)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"604800, 604800", "'3600', 3600", "2.0, 2"})
    void numbersAsPhpSendsThem(String value, long expected) {
        assertThat(Lenient.number(value)).hasValue(expected);
    }

    @Test
    void readsIsoInstantsWithMicroseconds() {
        assertThat(Lenient.instant("2024-10-01T03:27:31.000000Z")).isEqualTo(Instant.parse("2024-10-01T03:27:31Z"));
    }

    @Test
    void readsDayMonthYearBirthDates() {
        assertThat(Lenient.date("12-03-1980")).isEqualTo(LocalDate.of(1980, 3, 12));
    }

    @Test
    void anUnreadableDateIsAbsent() {
        assertThat(Lenient.date("kemarin")).isNull();
    }
}
