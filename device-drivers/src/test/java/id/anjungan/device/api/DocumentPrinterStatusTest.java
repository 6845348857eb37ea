package id.anjungan.device.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DocumentPrinterStatusTest {

    private static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");

    @Test
    void readyQueueHasNoBlockingErrorAndIsUp() {
        assertThat(DocumentPrinterStatus.ready().blockingError()).isEmpty();
        assertThat(DocumentPrinterStatus.ready().toHealth(NOW)).isEqualTo(DeviceHealth.up(NOW));
    }

    @Test
    void stoppedQueueBlocksWithStopped() {
        assertThat(new DocumentPrinterStatus(true, true, Set.of()).blockingError()).contains(DeviceError.DOCUMENT_QUEUE_STOPPED);
    }

    @Test
    void rejectingQueueBlocksWithRejecting() {
        assertThat(new DocumentPrinterStatus(false, false, Set.of()).blockingError()).contains(DeviceError.DOCUMENT_QUEUE_REJECTING);
    }

    @Test
    void paperOutIsNamedBeforeTheStoppedQueueItCaused() {
        DocumentPrinterStatus status = new DocumentPrinterStatus(true, true, Set.of(PrinterStateReason.MEDIA_EMPTY));

        assertThat(status.blockingError()).contains(DeviceError.DOCUMENT_PAPER_OUT);
    }

    @Test
    void offlinePrinterBlocks() {
        assertThat(new DocumentPrinterStatus(true, false, Set.of(PrinterStateReason.OFFLINE)).blockingError())
                .contains(DeviceError.DOCUMENT_PRINTER_OFFLINE);
    }

    @Test
    void lowTonerIsOnlyAWarning() {
        DocumentPrinterStatus status = new DocumentPrinterStatus(true, false, Set.of(PrinterStateReason.TONER_LOW));

        assertThat(status.blockingError()).isEmpty();
        assertThat(status.toHealth(NOW)).isEqualTo(DeviceHealth.degraded(DeviceError.DOCUMENT_TONER_LOW, NOW));
    }

    @Test
    void everyDocumentErrorHasAnIndonesianSentence() {
        for (DeviceError error : DeviceError.values()) {
            assertThat(error.sentence()).as(error.name()).isNotBlank().endsWith(".");
        }
    }
}
