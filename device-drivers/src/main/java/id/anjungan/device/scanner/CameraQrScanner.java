package id.anjungan.device.scanner;

import id.anjungan.device.api.CameraCodeScanner;
import id.anjungan.device.api.CodeScanListener;
import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;
import id.anjungan.device.api.ScanSource;
import id.anjungan.device.api.ScannedCode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * QR codes from webcam frames and image files, decoded with ZXing. A ticket held up to the camera is
 * in many frames in a row: it is reported when first seen, and again only after it has been out of
 * sight for {@code repeatAfter}.
 */
public final class CameraQrScanner implements CameraCodeScanner {

    private final Duration repeatAfter;
    private final Clock clock;
    private final ScanListeners listeners = new ScanListeners();
    private String lastText;
    private Instant lastSeen = Instant.MIN;

    public CameraQrScanner(Duration repeatAfter) {
        this(repeatAfter, Clock.systemUTC());
    }

    CameraQrScanner(Duration repeatAfter, Clock clock) {
        this.repeatAfter = repeatAfter;
        this.clock = clock;
    }

    @Override
    public void addListener(CodeScanListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(CodeScanListener listener) {
        listeners.remove(listener);
    }

    @Override
    public Optional<ScannedCode> offerFrame(BufferedImage frame) {
        Optional<String> text = QrImageDecoder.decode(frame);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        ScannedCode code = new ScannedCode(text.get(), null, ScanSource.CAMERA, now);
        boolean fresh;
        synchronized (this) {
            fresh = !text.get().equals(lastText) || Duration.between(lastSeen, now).compareTo(repeatAfter) > 0;
            lastText = text.get();
            lastSeen = now;
        }
        if (fresh) {
            listeners.scanned(code);
        }
        return Optional.of(code);
    }

    @Override
    public ScannedCode decodeFile(Path image) {
        BufferedImage picture;
        try {
            picture = ImageIO.read(image.toFile());
        } catch (IOException e) {
            throw new DeviceException(DeviceError.TRANSPORT_UNAVAILABLE,
                    "cannot read image " + image.getFileName() + ": " + e.getMessage(), e);
        }
        if (picture == null) {
            throw new DeviceException(DeviceError.SCANNER_NO_CODE, image.getFileName() + " is not an image this JVM can read");
        }
        String text = QrImageDecoder.decode(picture)
                .orElseThrow(() -> new DeviceException(DeviceError.SCANNER_NO_CODE, "no readable QR code in " + image.getFileName()));
        return new ScannedCode(text, null, ScanSource.IMAGE_FILE, clock.instant());
    }
}
