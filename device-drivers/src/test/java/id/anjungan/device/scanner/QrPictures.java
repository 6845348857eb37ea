package id.anjungan.device.scanner;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.Random;

/** Test pictures: a clean QR made with ZXing's writer, and the same QR as a webcam might see it. */
final class QrPictures {

    private QrPictures() {
    }

    static BufferedImage clean(String text, int moduleSize) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(EncodeHintType.MARGIN, 4));
            BufferedImage image = new BufferedImage(matrix.getWidth() * moduleSize, matrix.getHeight() * moduleSize,
                    BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    image.setRGB(x, y, matrix.get(x / moduleSize, y / moduleSize) ? 0x000000 : 0xFFFFFF);
                }
            }
            return image;
        } catch (WriterException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The ticket held at an angle, small in a 640×480 frame, on an unevenly lit desk, with sensor noise and
     * washed-out contrast (black prints as dark grey, white paper as light grey).
     */
    static BufferedImage photoLike(String text, double degrees, double scale, long seed) {
        BufferedImage ticket = clean(text, 6);
        BufferedImage frame = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = frame.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(90, 80, 70), 640, 480, new Color(170, 160, 150)));
        g.fillRect(0, 0, 640, 480);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        AffineTransform place = new AffineTransform();
        place.translate(320, 240);
        place.rotate(Math.toRadians(degrees));
        place.scale(scale, scale);
        place.translate(-ticket.getWidth() / 2.0, -ticket.getHeight() / 2.0);
        g.drawImage(ticket, place, null);
        g.dispose();
        Random random = new Random(seed);
        for (int y = 0; y < frame.getHeight(); y++) {
            for (int x = 0; x < frame.getWidth(); x++) {
                int grey = frame.getRGB(x, y) & 0xFF;
                int washed = 50 + grey * 150 / 255;
                int value = Math.max(0, Math.min(255, washed + (int) (random.nextGaussian() * 18)));
                frame.setRGB(x, y, value << 16 | value << 8 | value);
            }
        }
        return frame;
    }
}
