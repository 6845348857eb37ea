package id.anjungan.device.fingerprint.command;

import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.device.api.DeviceError;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every confirmation code the module documents maps to its own error. */
class ConfirmationCodeTest {

    @ParameterizedTest(name = "code {0} is {1}")
    @CsvSource({
        "01, FINGERPRINT_PACKET_ERROR",
        "02, FINGERPRINT_NO_FINGER",
        "03, FINGERPRINT_CAPTURE_FAILED",
        "06, FINGERPRINT_POOR_IMAGE",
        "07, FINGERPRINT_POOR_IMAGE",
        "08, FINGERPRINT_NO_MATCH",
        "09, FINGERPRINT_NOT_FOUND",
        "0A, FINGERPRINT_COMBINE_FAILED",
        "0B, FINGERPRINT_BAD_PAGE",
        "0C, FINGERPRINT_TEMPLATE_UNREADABLE",
        "10, FINGERPRINT_DELETE_FAILED",
        "13, FINGERPRINT_WRONG_PASSWORD",
        "15, FINGERPRINT_CAPTURE_FAILED",
        "18, FINGERPRINT_FLASH_ERROR",
    })
    void documentedCodeMapsToItsError(String code, DeviceError expected) {
        assertThat(ConfirmationCode.error(Integer.parseInt(code, 16))).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(ints = {0x04, 0x0D, 0x11, 0x1A, 0xFF})
    void undocumentedCodeIsAModuleError(int code) {
        assertThat(ConfirmationCode.error(code)).isEqualTo(DeviceError.FINGERPRINT_MODULE_ERROR);
    }

    @ParameterizedTest
    @ValueSource(ints = {0x01, 0x03, 0x06, 0x08, 0x09, 0x0A, 0x0B, 0x0C, 0x10, 0x13, 0x18})
    void failureNamesTheInstructionAndCode(int code) {
        assertThat(ConfirmationCode.failure("Store", code).getMessage()).contains("Store").contains(String.format("%02X", code));
    }

    @Test
    void everyFingerprintAndGpioErrorTellsPeopleInIndonesianWhatToDo() {
        assertThat(Arrays.stream(DeviceError.values()).filter(e -> e.name().startsWith("FINGERPRINT_") || e.name().startsWith("GPIO_")))
                .hasSizeGreaterThan(20)
                .allSatisfy(e -> assertThat(e.sentence()).endsWith(".").doesNotContainIgnoringCase("finger").doesNotContain("GPIO"));
    }
}
