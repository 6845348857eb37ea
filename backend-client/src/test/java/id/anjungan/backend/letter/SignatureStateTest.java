package id.anjungan.backend.letter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SignatureStateTest {

    @ParameterizedTest
    @CsvSource(value = {"1, SIGNED", "true, SIGNED", "0, WAITING", "NULL, NONE", "null, NONE"}, nullValues = "NULL")
    void mapsTheTteValue(String tte, SignatureState expected) {
        assertThat(SignatureState.fromWire(tte)).isEqualTo(expected);
    }
}
