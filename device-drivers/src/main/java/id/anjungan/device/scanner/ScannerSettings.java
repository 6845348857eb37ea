package id.anjungan.device.scanner;

import java.time.Duration;
import java.util.Objects;

/**
 * Framing limits of a serial code scanner.
 *
 * @param maxLineBytes the longest line kept (a version 40 QR holds at most 2953 bytes); longer lines are
 *                     dropped with {@code SCANNER_LINE_TOO_LONG}
 * @param frameTimeout how long a started line may wait for its CR or LF before it is dropped as incomplete
 * @param readPoll     how long one read waits, bounding how late a stop is noticed
 */
public record ScannerSettings(int maxLineBytes, Duration frameTimeout, Duration readPoll) {

    public ScannerSettings {
        Objects.requireNonNull(frameTimeout, "frameTimeout");
        Objects.requireNonNull(readPoll, "readPoll");
        if (maxLineBytes < 1 || frameTimeout.isNegative() || frameTimeout.isZero() || readPoll.isNegative() || readPoll.isZero()) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** 4096 bytes, one second to finish a line, 100 ms reads. */
    public static ScannerSettings defaults() {
        return new ScannerSettings(4096, Duration.ofSeconds(1), Duration.ofMillis(100));
    }

    public ScannerSettings withMaxLineBytes(int value) {
        return new ScannerSettings(value, frameTimeout, readPoll);
    }
}
