package id.anjungan.device.a4.cups;

import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DocumentPrinterStatus;
import id.anjungan.device.api.JobState;
import id.anjungan.device.api.JobStatus;
import id.anjungan.device.api.PrinterStateReason;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IppStatesTest {

    @Test
    void severitySuffixesAreIgnored() {
        assertThat(IppStates.reasons(List.of("media-empty-error", "toner-low-warning", "offline-report")))
                .containsExactlyInAnyOrder(PrinterStateReason.MEDIA_EMPTY, PrinterStateReason.TONER_LOW, PrinterStateReason.OFFLINE);
    }

    @Test
    void jamAndOpenDoorAreRecognised() {
        assertThat(IppStates.reasons(List.of("media-jam", "door-open-error", "cover-open")))
                .containsExactlyInAnyOrder(PrinterStateReason.MEDIA_JAM, PrinterStateReason.DOOR_OPEN);
    }

    @Test
    void cupsBookkeepingReasonsAreNotConditions() {
        assertThat(IppStates.reasons(List.of("none", "paused", "cups-waiting-for-job-completed"))).isEmpty();
    }

    @Test
    void printerState5IsAStoppedQueue() {
        assertThat(IppStates.printerStatus(5, true, List.of("paused")))
                .isEqualTo(new DocumentPrinterStatus(true, true, Set.of()));
    }

    @Test
    void completedJobIsDone() {
        assertThat(IppStates.jobStatus(9, DocumentPrinterStatus.ready())).isEqualTo(JobStatus.done());
    }

    @Test
    void abortedAndCanceledJobsFail() {
        assertThat(IppStates.jobStatus(8, DocumentPrinterStatus.ready())).isEqualTo(JobStatus.failed(DeviceError.DOCUMENT_JOB_FAILED));
        assertThat(IppStates.jobStatus(7, DocumentPrinterStatus.ready())).isEqualTo(JobStatus.failed(DeviceError.DOCUMENT_JOB_FAILED));
    }

    @Test
    void pendingJobOnAPrinterWithoutPaperIsQueuedForThatReason() {
        DocumentPrinterStatus noPaper = new DocumentPrinterStatus(true, false, Set.of(PrinterStateReason.MEDIA_EMPTY));

        assertThat(IppStates.jobStatus(3, noPaper)).isEqualTo(new JobStatus(JobState.QUEUED, DeviceError.DOCUMENT_PAPER_OUT));
    }

    @Test
    void stoppedProcessingJobIsStillPrintingWithTheJamAsReason() {
        DocumentPrinterStatus jammed = new DocumentPrinterStatus(true, true, Set.of(PrinterStateReason.MEDIA_JAM));

        assertThat(IppStates.jobStatus(6, jammed)).isEqualTo(new JobStatus(JobState.PRINTING, DeviceError.DOCUMENT_PAPER_JAM));
    }

    @Test
    void pendingJobOnADisabledQueueWaitsForTheQueue() {
        assertThat(IppStates.jobStatus(3, new DocumentPrinterStatus(true, true, Set.of())))
                .isEqualTo(new JobStatus(JobState.QUEUED, DeviceError.DOCUMENT_QUEUE_STOPPED));
    }
}
