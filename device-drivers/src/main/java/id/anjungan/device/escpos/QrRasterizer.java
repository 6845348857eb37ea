package id.anjungan.device.escpos;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;
import id.anjungan.device.api.MonochromeImage;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Draws a QR code (model 2, error correction M, like the native command) as a bitmap for printers
 * that lack {@code GS ( k}. The quiet zone is left to the white paper around it.
 */
final class QrRasterizer {

    private QrRasterizer() {
    }

    /** The QR symbol with the largest module size up to {@code moduleDots} that fits {@code maxWidth}. */
    static MonochromeImage rasterize(String payload, int moduleDots, int maxWidth) {
        var matrix = matrix(payload);
        int modules = matrix.getWidth();
        int scale = Math.min(moduleDots, maxWidth / modules);
        if (scale < 1) {
            throw new DeviceException(DeviceError.PRINTER_INVALID_DOCUMENT,
                    "QR code of " + modules + " modules does not fit " + maxWidth + " dots");
        }
        int size = modules * scale;
        int bytesPerRow = MonochromeImage.bytesPerRow(size);
        byte[] rows = new byte[size * bytesPerRow];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                if (matrix.get(x / scale, y / scale) == 1) {
                    rows[y * bytesPerRow + x / 8] |= (byte) (0x80 >> (x % 8));
                }
            }
        }
        return new MonochromeImage(size, size, rows);
    }

    private static com.google.zxing.qrcode.encoder.ByteMatrix matrix(String payload) {
        try {
            // an ECI header only where needed: printers' native QR carries none for plain ASCII
            boolean ascii = payload.chars().allMatch(c -> c < 0x80);
            QRCode code = ascii ? Encoder.encode(payload, ErrorCorrectionLevel.M)
                    : Encoder.encode(payload, ErrorCorrectionLevel.M, Map.of(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name()));
            return code.getMatrix();
        } catch (WriterException e) {
            throw new DeviceException(DeviceError.PRINTER_INVALID_DOCUMENT, "QR payload cannot be encoded: " + e.getMessage(), e);
        }
    }
}
