package id.anjungan.device.api;

import java.util.Optional;

/** A condition an A4 printer reports about itself (IPP {@code printer-state-reasons}). */
public enum PrinterStateReason {
    MEDIA_EMPTY(DeviceError.DOCUMENT_PAPER_OUT, true),
    MEDIA_JAM(DeviceError.DOCUMENT_PAPER_JAM, true),
    DOOR_OPEN(DeviceError.DOCUMENT_DOOR_OPEN, true),
    OFFLINE(DeviceError.DOCUMENT_PRINTER_OFFLINE, true),
    TONER_LOW(DeviceError.DOCUMENT_TONER_LOW, false);

    private final DeviceError error;
    private final boolean blocking;

    PrinterStateReason(DeviceError error, boolean blocking) {
        this.error = error;
        this.blocking = blocking;
    }

    /** The error that names this condition. */
    public DeviceError error() {
        return error;
    }

    /** Whether a job cannot print while this holds (a warning otherwise). */
    public boolean blocking() {
        return blocking;
    }

    /** The error of a blocking condition, empty for a warning. */
    public Optional<DeviceError> blockingError() {
        return blocking ? Optional.of(error) : Optional.empty();
    }
}
