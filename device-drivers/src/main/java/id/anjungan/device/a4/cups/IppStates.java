package id.anjungan.device.a4.cups;

import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DocumentPrinterStatus;
import id.anjungan.device.api.JobState;
import id.anjungan.device.api.JobStatus;
import id.anjungan.device.api.PrinterStateReason;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** IPP's printer and job states (RFC 8011 §5.4.11-12, §5.3.7) in the device API's terms. */
final class IppStates {

    static final int PRINTER_STOPPED = 5;

    static final int JOB_PENDING = 3;
    static final int JOB_PENDING_HELD = 4;
    static final int JOB_PROCESSING = 5;
    static final int JOB_PROCESSING_STOPPED = 6;
    static final int JOB_CANCELED = 7;
    static final int JOB_ABORTED = 8;
    static final int JOB_COMPLETED = 9;

    private IppStates() {
    }

    /**
     * The conditions among IPP {@code printer-state-reasons} keywords. A keyword may carry a
     * severity suffix ({@code -error}, {@code -warning}, {@code -report}); CUPS reports an unreachable
     * printer as {@code offline-report}, so every severity counts.
     */
    static Set<PrinterStateReason> reasons(Collection<String> keywords) {
        Set<PrinterStateReason> reasons = EnumSet.noneOf(PrinterStateReason.class);
        for (String keyword : keywords) {
            reason(stripSeverity(keyword.toLowerCase(Locale.ROOT))).ifPresent(reasons::add);
        }
        return reasons;
    }

    private static Optional<PrinterStateReason> reason(String keyword) {
        return switch (keyword) {
            case "media-empty", "media-needed" -> Optional.of(PrinterStateReason.MEDIA_EMPTY);
            case "media-jam" -> Optional.of(PrinterStateReason.MEDIA_JAM);
            case "door-open", "cover-open", "interlock-open" -> Optional.of(PrinterStateReason.DOOR_OPEN);
            case "offline", "shutdown", "timed-out" -> Optional.of(PrinterStateReason.OFFLINE);
            case "toner-low", "marker-supply-low" -> Optional.of(PrinterStateReason.TONER_LOW);
            default -> Optional.empty();
        };
    }

    private static String stripSeverity(String keyword) {
        for (String suffix : new String[] {"-error", "-warning", "-report"}) {
            if (keyword.endsWith(suffix)) {
                return keyword.substring(0, keyword.length() - suffix.length());
            }
        }
        return keyword;
    }

    static DocumentPrinterStatus printerStatus(int printerState, boolean accepting, Collection<String> keywords) {
        return new DocumentPrinterStatus(accepting, printerState == PRINTER_STOPPED, reasons(keywords));
    }

    /**
     * A job's status from its IPP state; a job still waiting or printing carries what holds the
     * printer up, if anything.
     */
    static JobStatus jobStatus(int jobState, DocumentPrinterStatus printer) {
        DeviceError holdUp = printer.blockingError()
                .filter(error -> error != DeviceError.DOCUMENT_QUEUE_REJECTING)
                .orElse(null);
        return switch (jobState) {
            case JOB_PENDING, JOB_PENDING_HELD -> new JobStatus(JobState.QUEUED, holdUp);
            case JOB_PROCESSING, JOB_PROCESSING_STOPPED -> new JobStatus(JobState.PRINTING, holdUp);
            case JOB_COMPLETED -> JobStatus.done();
            case JOB_CANCELED, JOB_ABORTED -> JobStatus.failed(DeviceError.DOCUMENT_JOB_FAILED);
            default -> JobStatus.failed(DeviceError.DOCUMENT_PRINTER_UNREACHABLE);
        };
    }

    /** Whether a job in this IPP state has ended, so the printer's state no longer matters to it. */
    static boolean isFinal(int jobState) {
        return jobState == JOB_COMPLETED || jobState == JOB_CANCELED || jobState == JOB_ABORTED;
    }
}
