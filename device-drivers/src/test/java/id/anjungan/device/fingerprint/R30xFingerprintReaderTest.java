package id.anjungan.device.fingerprint;

import static id.anjungan.device.fingerprint.WireBytes.hex;
import static id.anjungan.device.fingerprint.WireBytes.spaced;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;
import id.anjungan.device.api.FingerprintListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The facade's own decisions, on a scripted byte stream. */
class R30xFingerprintReaderTest {

    private static final String ACK_OK = "EF 01 FF FF FF FF 07 00 03 00 00 0A ";
    private static final String SYS_PARA = "EF 01 FF FF FF FF 07 00 13 00 00 00 00 09 00 0A 00 03 FF FF FF FF 00 02 00 06 04 34 ";

    private ScriptedTransport transport;
    private R30xFingerprintReader reader;

    @BeforeEach
    void create() {
        transport = new ScriptedTransport();
        reader = new R30xFingerprintReader(transport, R30xSettings.defaults());
    }

    private static DeviceError errorOf(Throwable e) {
        return ((DeviceException) e).error();
    }

    @Test
    void openHandshakesThenReadsTheParameters() {
        transport.answer(hex(ACK_OK + SYS_PARA));

        assertThat(reader.open().capacity()).isEqualTo(10);
        assertThat(spaced(transport.written())).isEqualTo(
                "EF 01 FF FF FF FF 01 00 07 13 00 00 00 00 00 1B EF 01 FF FF FF FF 01 00 03 0F 00 13");
    }

    @Test
    void failedHandshakeLeavesTheReaderClosed() {
        transport.answer(hex("EF 01 FF FF FF FF 07 00 03 13 00 1D"));

        assertThatThrownBy(() -> reader.open()).satisfies(e -> assertThat(errorOf(e)).isEqualTo(DeviceError.FINGERPRINT_WRONG_PASSWORD));
        assertThat(reader.isOpen()).isFalse();
        assertThat(transport.isOpen()).isFalse();
    }

    @Test
    void pageOutsideTheLibraryIsRefusedWithoutAskingForAFinger() {
        transport.answer(hex(ACK_OK + SYS_PARA));
        reader.open();
        int sentBefore = transport.written().length;

        assertThatThrownBy(() -> reader.enroll(10, FingerprintListener.ignoring()))
                .satisfies(e -> assertThat(errorOf(e)).isEqualTo(DeviceError.FINGERPRINT_BAD_PAGE));
        assertThat(transport.written()).hasSize(sentBefore);
    }

    @Test
    void answerFromAnotherAddressIsAProtocolError() {
        transport.answer(hex("EF 01 00 00 00 01 07 00 03 00 00 0A"));

        assertThatThrownBy(() -> reader.open()).satisfies(e -> assertThat(errorOf(e)).isEqualTo(DeviceError.FINGERPRINT_PROTOCOL));
    }

    @Test
    void dataPacketInsteadOfAnAcknowledgementIsAProtocolError() {
        transport.answer(hex("EF 01 FF FF FF FF 02 00 03 00 00 05"));

        assertThatThrownBy(() -> reader.open()).satisfies(e -> assertThat(errorOf(e)).isEqualTo(DeviceError.FINGERPRINT_PROTOCOL));
    }

    @Test
    void interruptedCaptureIsCancelled() {
        transport.answer(hex(ACK_OK + SYS_PARA));
        reader.open();
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> reader.search(FingerprintListener.ignoring()))
                    .satisfies(e -> assertThat(errorOf(e)).isEqualTo(DeviceError.FINGERPRINT_CANCELLED));
        } finally {
            Thread.interrupted();
        }
    }
}
