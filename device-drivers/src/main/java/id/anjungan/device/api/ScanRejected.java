package id.anjungan.device.api;

import java.time.Instant;
import java.util.Objects;

/**
 * A scan that arrived but could not be turned into a code; the resident should scan again.
 *
 * @param reason one of the {@code SCANNER_*} errors
 * @param detail what was wrong, for the log (lengths and byte values, never the scanned text)
 * @param at     when
 */
public record ScanRejected(DeviceError reason, String detail, Instant at) {

    public ScanRejected {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(at, "at");
    }
}
