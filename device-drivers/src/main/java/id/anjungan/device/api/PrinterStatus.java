package id.anjungan.device.api;

import java.time.Instant;
import java.util.Optional;

/**
 * What a receipt printer reported about itself at one moment. Read fresh each time, never cached.
 *
 * @param online       the printer accepts data
 * @param coverOpen    the cover is open
 * @param paperNearEnd the roll is nearly used up (a warning)
 * @param paperOut     there is no paper
 * @param error        a mechanical, cutter or unrecoverable error
 */
public record PrinterStatus(boolean online, boolean coverOpen, boolean paperNearEnd, boolean paperOut, boolean error) {

    /** The first cause that stops a job, in the order an operator should fix them, if any. */
    public Optional<DeviceError> blockingError() {
        if (paperOut) {
            return Optional.of(DeviceError.PRINTER_PAPER_OUT);
        }
        if (coverOpen) {
            return Optional.of(DeviceError.PRINTER_COVER_OPEN);
        }
        if (error) {
            return Optional.of(DeviceError.PRINTER_ERROR);
        }
        if (!online) {
            return Optional.of(DeviceError.PRINTER_OFFLINE);
        }
        return Optional.empty();
    }

    /** This status as device health: down when a job would stop, degraded when paper is near its end. */
    public DeviceHealth toHealth(Instant since) {
        Optional<DeviceError> blocking = blockingError();
        if (blocking.isPresent()) {
            return DeviceHealth.down(blocking.get(), since);
        }
        return paperNearEnd ? DeviceHealth.degraded(DeviceError.PRINTER_PAPER_NEAR_END, since) : DeviceHealth.up(since);
    }
}
