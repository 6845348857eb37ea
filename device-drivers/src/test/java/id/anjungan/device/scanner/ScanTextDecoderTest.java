package id.anjungan.device.scanner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;
import id.anjungan.device.api.ScanSource;
import id.anjungan.device.api.ScannedCode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScanTextDecoderTest {

    private static final Instant AT = Instant.parse("2026-01-05T08:00:00Z");

    private static ScannedCode decode(byte[] line) {
        return ScanTextDecoder.decode(line, ScanSource.SERIAL, AT);
    }

    private static ScannedCode decode(String line) {
        return decode(line.getBytes(StandardCharsets.UTF_8));
    }

    private static DeviceError errorOf(byte[] line) {
        DeviceException[] seen = new DeviceException[1];
        assertThatThrownBy(() -> decode(line)).isInstanceOfSatisfying(DeviceException.class, e -> seen[0] = e);
        return seen[0].error();
    }

    @ParameterizedTest
    @CsvSource({"]Q1ANJ-7F3K, ]Q1, ANJ-7F3K", "]C012345, ]C0, 12345", "]E05901234123457, ]E0, 5901234123457", "]d2DM, ]d2, DM"})
    void aimIdentifierIsStrippedAndKept(String line, String aim, String text) {
        ScannedCode code = decode(line);

        assertThat(code.text()).isEqualTo(text);
        assertThat(code.aimId()).contains(aim);
    }

    @Test
    void lineWithoutAimIdentifierIsKeptWhole() {
        ScannedCode code = decode("]X");

        assertThat(code.text()).isEqualTo("]X");
        assertThat(code.aimId()).isEmpty();
    }

    @Test
    void multiByteUtf8IsDecoded() {
        assertThat(decode("Désa – 村").text()).isEqualTo("Désa – 村");
    }

    @Test
    void truncatedUtf8SequenceIsInvalidText() {
        assertThat(errorOf(new byte[] {'A', (byte) 0xE2, (byte) 0x80})).isEqualTo(DeviceError.SCANNER_INVALID_TEXT);
    }

    @Test
    void latin1ByteIsInvalidText() {
        assertThat(errorOf(new byte[] {'D', (byte) 0xE9, 's', 'a'})).isEqualTo(DeviceError.SCANNER_INVALID_TEXT);
    }

    @Test
    void controlByteIsGarbledWithItsOffset() {
        assertThatThrownBy(() -> decode(new byte[] {'A', 'B', 0x02, 'C'}))
                .isInstanceOfSatisfying(DeviceException.class, e -> {
                    assertThat(e.error()).isEqualTo(DeviceError.SCANNER_GARBLED);
                    assertThat(e.getMessage()).contains("0x02 at offset 2");
                });
    }

    @Test
    void tabIsAllowed() {
        assertThat(decode("A\tB").text()).isEqualTo("A\tB");
    }

    @Test
    void aimIdentifierAloneIsIncomplete() {
        assertThat(errorOf("]Q1".getBytes(StandardCharsets.US_ASCII))).isEqualTo(DeviceError.SCANNER_INCOMPLETE);
    }
}
