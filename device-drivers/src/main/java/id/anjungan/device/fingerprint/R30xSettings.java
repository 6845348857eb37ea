package id.anjungan.device.fingerprint;

import id.anjungan.device.fingerprint.frame.R30xPacket;
import java.time.Duration;
import java.util.Objects;

/**
 * How to talk to an R30x module and how long to wait for the resident.
 *
 * @param address        the module's address (FFFFFFFF unless reprogrammed)
 * @param password       the module's password (0 unless reprogrammed)
 * @param replyTimeout   how long one instruction may take to be answered
 * @param captureTimeout how long to wait for a finger on the sensor
 * @param liftTimeout    how long to wait for the finger to come off between two enrolment captures
 * @param pollInterval   the pause between two image attempts while waiting for a finger
 */
public record R30xSettings(long address, long password, Duration replyTimeout, Duration captureTimeout,
                           Duration liftTimeout, Duration pollInterval) {

    /** The module's factory address and password, and waits that suit a resident at a kiosk. */
    public static R30xSettings defaults() {
        return new R30xSettings(R30xPacket.DEFAULT_ADDRESS, 0, Duration.ofSeconds(2), Duration.ofSeconds(15),
                Duration.ofSeconds(10), Duration.ofMillis(100));
    }

    public R30xSettings {
        Objects.requireNonNull(replyTimeout, "replyTimeout");
        Objects.requireNonNull(captureTimeout, "captureTimeout");
        Objects.requireNonNull(liftTimeout, "liftTimeout");
        Objects.requireNonNull(pollInterval, "pollInterval");
        if (address < 0 || address > 0xFFFF_FFFFL || password < 0 || password > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("address and password must fit 32 bits");
        }
    }

    public R30xSettings withPassword(long newPassword) {
        return new R30xSettings(address, newPassword, replyTimeout, captureTimeout, liftTimeout, pollInterval);
    }

    public R30xSettings withReplyTimeout(Duration timeout) {
        return new R30xSettings(address, password, timeout, captureTimeout, liftTimeout, pollInterval);
    }

    public R30xSettings withCaptureTimeout(Duration timeout) {
        return new R30xSettings(address, password, replyTimeout, timeout, liftTimeout, pollInterval);
    }

    public R30xSettings withLiftTimeout(Duration timeout) {
        return new R30xSettings(address, password, replyTimeout, captureTimeout, timeout, pollInterval);
    }
}
