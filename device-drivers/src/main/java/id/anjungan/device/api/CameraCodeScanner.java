package id.anjungan.device.api;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A code scanner fed with webcam frames, for kiosks with a camera instead of a scanner. The UI
 * captures frames and offers them here; a code held in front of the camera for many frames is
 * reported once.
 */
public interface CameraCodeScanner extends CodeScanner {

    /**
     * Decodes one frame; listeners hear the code when it is new (not the one seen in the last few seconds).
     *
     * @return the code in the frame, if any (also when it was not reported again)
     */
    Optional<ScannedCode> offerFrame(BufferedImage frame);

    /**
     * Decodes an image file, such as a photo of a ticket.
     *
     * @throws DeviceException with {@link DeviceError#SCANNER_NO_CODE} when the file is not an image or holds
     *                         no readable code, {@link DeviceError#TRANSPORT_UNAVAILABLE} when it cannot be read
     */
    ScannedCode decodeFile(Path image);
}
