package id.anjungan.device.escpos.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code GS ( k} QR functions 165, 167, 169, 180 and 181, byte-exact from the reference. */
class QrCommandsTest {

    @Test
    void selectModelTwoIsFunction165() {
        assertThat(new QrModelCommand().bytes()).isEqualTo(Hex.bytes("1D 28 6B 04 00 31 41 32 00"));
    }

    @Test
    void moduleSizeIsFunction167() {
        assertThat(new QrModuleSizeCommand(6).bytes()).isEqualTo(Hex.bytes("1D 28 6B 03 00 31 43 06"));
    }

    @Test
    void moduleSizeAboveSixteenIsRefused() {
        assertThatThrownBy(() -> new QrModuleSizeCommand(17)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void errorCorrectionMIsFunction169With49() {
        assertThat(new QrErrorCorrectionCommand(QrErrorCorrectionCommand.Level.M).bytes())
                .isEqualTo(Hex.bytes("1D 28 6B 03 00 31 45 31"));
        assertThat(new QrErrorCorrectionCommand(QrErrorCorrectionCommand.Level.H).bytes())
                .isEqualTo(Hex.bytes("1D 28 6B 03 00 31 45 33"));
    }

    @Test
    void storeCountsPayloadPlusThreeInPlPh() {
        assertThat(new QrStoreCommand("ABC".getBytes(StandardCharsets.US_ASCII)).bytes())
                .isEqualTo(Hex.bytes("1D 28 6B 06 00 31 50 30 41 42 43"));
    }

    @Test
    void storeOfAPayloadOver252BytesUsesPh() {
        byte[] payload = new byte[300];
        byte[] bytes = new QrStoreCommand(payload).bytes();

        // 300 + 3 = 303 = 0x012F
        assertThat(bytes).startsWith(Hex.bytes("1D 28 6B 2F 01 31 50 30"));
        assertThat(bytes).hasSize(8 + 300);
    }

    @Test
    void emptyPayloadIsRefused() {
        assertThatThrownBy(() -> new QrStoreCommand(new byte[0])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void printIsFunction181() {
        assertThat(new QrPrintCommand().bytes()).isEqualTo(Hex.bytes("1D 28 6B 03 00 31 51 30"));
    }
}
