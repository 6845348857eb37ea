package id.anjungan.device.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PrinterStatusTest {

    private static final Instant NOW = Instant.parse("2026-11-23T02:41:00Z");

    @Test
    void readyPrinterHasNoBlockingErrorAndIsUp() {
        PrinterStatus ready = new PrinterStatus(true, false, false, false, false);

        assertThat(ready.blockingError()).isEmpty();
        assertThat(ready.toHealth(NOW)).isEqualTo(DeviceHealth.up(NOW));
    }

    @Test
    void paperOutIsNamedBeforeTheOfflineItCauses() {
        PrinterStatus out = new PrinterStatus(false, false, true, true, false);

        assertThat(out.blockingError()).contains(DeviceError.PRINTER_PAPER_OUT);
    }

    @Test
    void coverOpenIsNamedBeforeTheOfflineItCauses() {
        assertThat(new PrinterStatus(false, true, false, false, true).blockingError()).contains(DeviceError.PRINTER_COVER_OPEN);
    }

    @Test
    void offlineWithoutAVisibleCauseIsOffline() {
        assertThat(new PrinterStatus(false, false, false, false, false).blockingError()).contains(DeviceError.PRINTER_OFFLINE);
    }

    @Test
    void nearEndIsDegradedNotDown() {
        PrinterStatus nearEnd = new PrinterStatus(true, false, true, false, false);

        assertThat(nearEnd.blockingError()).isEmpty();
        assertThat(nearEnd.toHealth(NOW)).isEqualTo(DeviceHealth.degraded(DeviceError.PRINTER_PAPER_NEAR_END, NOW));
    }

    @Test
    void everyErrorHasAnIndonesianSentence() {
        for (DeviceError error : DeviceError.values()) {
            assertThat(error.sentence()).as(error.name()).isNotBlank().endsWith(".").doesNotContainIgnoringCase("error");
        }
    }
}
