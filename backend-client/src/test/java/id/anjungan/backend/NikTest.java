package id.anjungan.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NikTest {

    @Test
    void printsMasked() {
        assertThat(Nik.of("3301051203800001")).hasToString("3301********0001");
    }

    @Test
    void ignoresSpacesAndDotsAScannerOrResidentMightAdd() {
        assertThat(Nik.of(" 3301.0512 0380 0001 ").digits()).isEqualTo("3301051203800001");
    }

    @Test
    void refusesAnythingButSixteenDigitsAsValidationOnTheCredentialField() {
        assertThatThrownBy(() -> Nik.of("33010512038000"))
                .isInstanceOfSatisfying(BackendException.class, failure -> {
                    assertThat(failure.error()).isEqualTo(BackendError.VALIDATION);
                    assertThat(failure.fieldErrors()).containsKey("credential");
                });
    }

    @Test
    void masksEverySixteenDigitRunInAText() {
        assertThat(Nik.maskAll("penduduk 3301051203800001 dan 3301050101550005, kode 3301052001"))
                .isEqualTo("penduduk 3301********0001 dan 3301********0005, kode 3301052001");
    }
}
