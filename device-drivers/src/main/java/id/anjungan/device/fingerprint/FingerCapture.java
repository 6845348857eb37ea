package id.anjungan.device.fingerprint;

import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;
import id.anjungan.device.api.FingerprintListener;
import id.anjungan.device.api.FingerprintPrompt;
import id.anjungan.device.fingerprint.command.GenImgCommand;
import id.anjungan.device.fingerprint.command.Img2TzCommand;
import id.anjungan.device.transport.DeviceTiming;
import java.time.Duration;

/**
 * Waiting for the resident: the module cannot say when a finger arrives, so images are requested
 * until one is taken (or until none is, for lift detection), bounded by a deadline.
 */
final class FingerCapture {

    private final CommandChannel channel;
    private final R30xSettings settings;

    FingerCapture(CommandChannel channel, R30xSettings settings) {
        this.channel = channel;
        this.settings = settings;
    }

    /** Prompts, waits for a finger, and turns its image into features in {@code buffer}. */
    void capture(FingerprintPrompt prompt, int buffer, FingerprintListener listener) {
        awaitFinger(prompt, listener);
        channel.execute(new Img2TzCommand(buffer));
    }

    /** Prompts and waits until an image of a finger is in the module's image buffer. */
    void awaitFinger(FingerprintPrompt prompt, FingerprintListener listener) {
        listener.onPrompt(prompt);
        if (!pollUntil(true, settings.captureTimeout())) {
            throw new DeviceException(DeviceError.FINGERPRINT_CAPTURE_TIMEOUT,
                    "no finger within " + settings.captureTimeout().toSeconds() + " s");
        }
    }

    /** Prompts and waits until the sensor is empty again. */
    void awaitLift(FingerprintListener listener) {
        listener.onPrompt(FingerprintPrompt.LIFT_FINGER);
        if (!pollUntil(false, settings.liftTimeout())) {
            throw new DeviceException(DeviceError.FINGERPRINT_FINGER_NOT_LIFTED,
                    "finger still on the sensor after " + settings.liftTimeout().toSeconds() + " s");
        }
    }

    private boolean pollUntil(boolean fingerWanted, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        GenImgCommand genImg = new GenImgCommand();
        while (true) {
            if (Thread.currentThread().isInterrupted()) {
                throw new DeviceException(DeviceError.FINGERPRINT_CANCELLED, "capture interrupted");
            }
            if (channel.execute(genImg) == fingerWanted) {
                return true;
            }
            if (System.nanoTime() - deadline >= 0) {
                return false;
            }
            DeviceTiming.pause(settings.pollInterval());
        }
    }
}
