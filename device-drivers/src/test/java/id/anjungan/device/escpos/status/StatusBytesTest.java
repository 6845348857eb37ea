package id.anjungan.device.escpos.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;
import id.anjungan.device.api.PrinterStatus;
import org.junit.jupiter.api.Test;

/** The bit tables of {@code DLE EOT 1..4} from the reference. */
class StatusBytesTest {

    private static final int IDLE = 0x12;

    @Test
    void allFixedBitsOnlyMeansReady() {
        assertThat(new StatusBytes(IDLE, IDLE, IDLE, IDLE).toStatus()).isEqualTo(new PrinterStatus(true, false, false, false, false));
    }

    @Test
    void offlineBitOfPrinterStatusMeansOffline() {
        assertThat(new StatusBytes(0x1A, IDLE, IDLE, IDLE).toStatus().online()).isFalse();
    }

    @Test
    void coverBitOfOfflineStatusMeansCoverOpen() {
        assertThat(new StatusBytes(0x1A, 0x16, IDLE, IDLE).toStatus().coverOpen()).isTrue();
    }

    @Test
    void paperEndStopBitOfOfflineStatusMeansPaperOut() {
        assertThat(new StatusBytes(0x1A, 0x32, IDLE, IDLE).toStatus().paperOut()).isTrue();
    }

    @Test
    void autocutterUnrecoverableAndAutoRecoverableErrorsMeanError() {
        assertThat(new StatusBytes(IDLE, IDLE, 0x1A, IDLE).toStatus().error()).isTrue();
        assertThat(new StatusBytes(IDLE, IDLE, 0x32, IDLE).toStatus().error()).isTrue();
        assertThat(new StatusBytes(IDLE, IDLE, 0x52, IDLE).toStatus().error()).isTrue();
    }

    @Test
    void nearEndSensorBitsMeanNearEnd() {
        PrinterStatus status = new StatusBytes(IDLE, IDLE, IDLE, 0x1E).toStatus();

        assertThat(status.paperNearEnd()).isTrue();
        assertThat(status.paperOut()).isFalse();
    }

    @Test
    void rollEndSensorBitsMeanPaperOut() {
        assertThat(new StatusBytes(IDLE, IDLE, IDLE, 0x72).toStatus().paperOut()).isTrue();
    }

    @Test
    void byteWithoutTheFixedBitsIsAProtocolError() {
        assertThatThrownBy(() -> StatusBytes.require(1, 0xFF))
                .isInstanceOfSatisfying(DeviceException.class, e -> assertThat(e.error()).isEqualTo(DeviceError.PRINTER_PROTOCOL))
                .hasMessageContaining("0xFF");
    }

    @Test
    void fixedBitsAreRecognised() {
        assertThat(StatusBytes.looksLikeStatus(0x12)).isTrue();
        assertThat(StatusBytes.looksLikeStatus(0x7E)).isTrue();
        assertThat(StatusBytes.looksLikeStatus(0x00)).isFalse();
        assertThat(StatusBytes.looksLikeStatus(0xAA)).isFalse();
    }
}
