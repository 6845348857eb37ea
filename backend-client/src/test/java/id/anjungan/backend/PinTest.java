package id.anjungan.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PinTest {

    @Test
    void neverPrintsItsDigits() {
        assertThat(Pin.of("918273").toString()).doesNotContain("918273");
    }

    @Test
    void refusesLettersAsValidation() {
        assertThatThrownBy(() -> Pin.of("12ab56"))
                .isInstanceOfSatisfying(BackendException.class,
                        failure -> assertThat(failure.error()).isEqualTo(BackendError.VALIDATION));
    }
}
