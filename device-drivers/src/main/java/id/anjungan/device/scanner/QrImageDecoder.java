package id.anjungan.device.scanner;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.NotFoundException;
import com.google.zxing.PlanarYUVLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a QR code in an image with ZXing. The local-threshold binarizer handles uneven light (a phone
 * screen, a ticket in a shadow); the global one is tried next for low-contrast prints. Rotation, scale
 * and perspective are handled by ZXing's finder-pattern detection.
 */
final class QrImageDecoder {

    private static final Map<DecodeHintType, Object> HINTS = Map.of(
            DecodeHintType.TRY_HARDER, Boolean.TRUE,
            DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE),
            DecodeHintType.CHARACTER_SET, "UTF-8");

    private QrImageDecoder() {
    }

    /** The text of the QR code in {@code image}, if one can be read. */
    static Optional<String> decode(BufferedImage image) {
        LuminanceSource source = luminance(image);
        Optional<String> text = decode(new BinaryBitmap(new HybridBinarizer(source)));
        return text.isPresent() ? text : decode(new BinaryBitmap(new GlobalHistogramBinarizer(source)));
    }

    private static Optional<String> decode(BinaryBitmap bitmap) {
        try {
            Result result = new QRCodeReader().decode(bitmap, HINTS);
            return Optional.of(result.getText());
        } catch (NotFoundException e) {
            return Optional.empty();
        } catch (ReaderException e) {
            // a symbol was found but failed its checksum or format: as good as none for the caller
            return Optional.empty();
        }
    }

    /** Grey levels by the usual luma weights; transparent pixels count as white paper. */
    private static LuminanceSource luminance(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        byte[] grey = new byte[width * height];
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                int argb = row[x];
                int alpha = argb >>> 24;
                int luma = (306 * ((argb >> 16) & 0xFF) + 601 * ((argb >> 8) & 0xFF) + 117 * (argb & 0xFF)) >> 10;
                grey[y * width + x] = (byte) ((luma * alpha + 255 * (255 - alpha)) / 255);
            }
        }
        return new PlanarYUVLuminanceSource(grey, width, height, 0, 0, width, height, false);
    }
}
