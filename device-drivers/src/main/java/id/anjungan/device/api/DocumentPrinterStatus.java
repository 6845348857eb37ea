package id.anjungan.device.api;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What the A4 printer's queue and the printer reported at one moment. Read fresh each time.
 *
 * @param accepting the queue accepts new jobs (not {@code cupsreject}ed)
 * @param stopped   the queue is stopped ({@code cupsdisable}d, or stopped by an error): jobs wait
 * @param reasons   conditions the printer reports, such as no paper
 */
public record DocumentPrinterStatus(boolean accepting, boolean stopped, Set<PrinterStateReason> reasons) {

    public DocumentPrinterStatus {
        reasons = reasons.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(reasons));
    }

    /** A queue that accepts and prints, with no conditions. */
    public static DocumentPrinterStatus ready() {
        return new DocumentPrinterStatus(true, false, Set.of());
    }

    /**
     * The first cause that stops a job, if any: physical conditions first (what the operator fixes at
     * the printer), then the queue's own state.
     */
    public Optional<DeviceError> blockingError() {
        for (PrinterStateReason reason : PrinterStateReason.values()) {
            if (reasons.contains(reason) && reason.blocking()) {
                return Optional.of(reason.error());
            }
        }
        if (!accepting) {
            return Optional.of(DeviceError.DOCUMENT_QUEUE_REJECTING);
        }
        if (stopped) {
            return Optional.of(DeviceError.DOCUMENT_QUEUE_STOPPED);
        }
        return Optional.empty();
    }

    /** As device health: down when a job would not print, degraded on a warning such as low toner. */
    public DeviceHealth toHealth(Instant since) {
        Optional<DeviceError> blocking = blockingError();
        if (blocking.isPresent()) {
            return DeviceHealth.down(blocking.get(), since);
        }
        for (PrinterStateReason reason : PrinterStateReason.values()) {
            if (reasons.contains(reason)) {
                return DeviceHealth.degraded(reason.error(), since);
            }
        }
        return DeviceHealth.up(since);
    }
}
