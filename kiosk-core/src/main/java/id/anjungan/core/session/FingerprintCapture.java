package id.anjungan.core.session;

import id.anjungan.core.session.SessionEvent.FingerprintUnavailable;
import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;
import id.anjungan.device.api.FingerprintListener;
import id.anjungan.device.api.FingerprintReader;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One 1:1 fingerprint capture turned into the session event it means. Logs error codes only, never biometric data. */
final class FingerprintCapture {

    private static final Logger LOG = LoggerFactory.getLogger(FingerprintCapture.class);

    /** The resident's part went wrong (no finger, a smudge), not the reader's: ask again, count nothing. */
    private static final Set<DeviceError> NO_FINGER = EnumSet.of(DeviceError.FINGERPRINT_CAPTURE_TIMEOUT,
            DeviceError.FINGERPRINT_NO_FINGER, DeviceError.FINGERPRINT_POOR_IMAGE, DeviceError.FINGERPRINT_CAPTURE_FAILED);

    private final Optional<FingerprintReader> reader;

    FingerprintCapture(Optional<FingerprintReader> reader) {
        this.reader = reader;
    }

    /** The capture's meaning; empty when it was cancelled (the kiosk is shutting down), which means nothing. */
    Optional<SessionEvent> verify(int page, FingerprintListener prompts) {
        if (reader.isEmpty()) {
            LOG.warn("a fingerprint is asked but this kiosk has no fingerprint reader; the PIN alone counts");
            return Optional.of(new FingerprintUnavailable(FingerprintUnavailable.Cause.READER_FAILED));
        }
        try {
            return Optional.of(reader.get().verify(page, prompts).matched()
                    ? new SessionEvent.FingerprintMatched() : new SessionEvent.FingerprintFailed());
        } catch (DeviceException e) {
            if (e.error() == DeviceError.FINGERPRINT_CANCELLED || Thread.currentThread().isInterrupted()) {
                return Optional.empty();
            }
            if (NO_FINGER.contains(e.error())) {
                LOG.info("no usable finger: {}", e.error());
                return Optional.of(new FingerprintUnavailable(FingerprintUnavailable.Cause.NO_FINGER));
            }
            LOG.warn("the fingerprint reader failed: {}", e.error());
            return Optional.of(new FingerprintUnavailable(FingerprintUnavailable.Cause.READER_FAILED));
        } catch (RuntimeException e) {
            LOG.error("the fingerprint capture failed", e);
            return Optional.of(new FingerprintUnavailable(FingerprintUnavailable.Cause.READER_FAILED));
        }
    }
}
