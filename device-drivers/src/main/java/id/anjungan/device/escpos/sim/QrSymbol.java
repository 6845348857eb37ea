package id.anjungan.device.escpos.sim;

import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.nio.charset.StandardCharsets;

/**
 * The QR symbol a printer draws from its symbol save area. The stored bytes are handed to ZXing as
 * ISO-8859-1 text, which it encodes back to the very same bytes, as a printer does.
 */
final class QrSymbol {

    private QrSymbol() {
    }

    /** The modules of the symbol; {@code level} is the {@code n} of function 169 (48 L .. 51 H). */
    static boolean[][] modules(byte[] data, int level) throws WriterException {
        ErrorCorrectionLevel ec = switch (level) {
            case 48 -> ErrorCorrectionLevel.L;
            case 50 -> ErrorCorrectionLevel.Q;
            case 51 -> ErrorCorrectionLevel.H;
            default -> ErrorCorrectionLevel.M;
        };
        ByteMatrix matrix = Encoder.encode(new String(data, StandardCharsets.ISO_8859_1), ec).getMatrix();
        boolean[][] modules = new boolean[matrix.getHeight()][matrix.getWidth()];
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                modules[y][x] = matrix.get(x, y) == 1;
            }
        }
        return modules;
    }
}
