package id.anjungan.village.pdf;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.util.Map;

/** The verification QR code as a black-and-white bitmap, drawn pixel-exact so it stays lossless in the PDF. */
final class QrCodeImage {

    private static final int PIXELS_PER_MODULE = 8;
    private static final int QUIET_ZONE_MODULES = 4;
    private static final int BLACK = 0x000000;
    private static final int WHITE = 0xFFFFFF;

    private QrCodeImage() {
    }

    static BufferedImage of(String text) {
        BitMatrix matrix;
        try {
            // level M survives a fold or a coffee ring on a letter kept for years
            matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.CHARACTER_SET, "UTF-8",
                    EncodeHintType.MARGIN, QUIET_ZONE_MODULES));
        } catch (WriterException | IllegalArgumentException e) {
            throw new PdfRenderException("cannot encode the verification address as a QR code", e);
        }
        int modules = matrix.getWidth();
        int side = modules * PIXELS_PER_MODULE;
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                boolean dark = matrix.get(x / PIXELS_PER_MODULE, y / PIXELS_PER_MODULE);
                image.setRGB(x, y, dark ? BLACK : WHITE);
            }
        }
        return image;
    }
}
