package id.anjungan.village.pdf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * The demo village's emblem: a green disc in a gold ring holding a balai desa (village hall) under a star,
 * framed by a rice stalk and a cotton branch, with "DESA" beneath. Drawn, not shipped, so it scales to any
 * size; opaque on white because PDF/A and thermal printers both dislike transparency.
 */
public final class VillageLogo {

    static final int MIN_SIZE = 16;
    static final int MAX_SIZE = 4096;

    private static final Color GREEN = new Color(0x1B5E20);
    private static final Color GOLD = new Color(0xF9A825);
    private static final Color CREAM = new Color(0xFFF8E1);
    private static final Color BROWN = new Color(0x6D4C41);
    private static final double UNITS = 1000.0;

    private VillageLogo() {
    }

    /** The emblem as a square PNG of {@code sizePx} pixels a side (16 to 4096). */
    public static byte[] png(int sizePx) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image(sizePx), "png", out);
        } catch (IOException e) {
            throw new PdfRenderException("cannot encode the village logo as PNG", e);
        }
        return out.toByteArray();
    }

    static BufferedImage image(int sizePx) {
        if (sizePx < MIN_SIZE || sizePx > MAX_SIZE) {
            throw new PdfRenderException("logo size must be " + MIN_SIZE + " to " + MAX_SIZE + " px, was " + sizePx);
        }
        BufferedImage image = new BufferedImage(sizePx, sizePx, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, sizePx, sizePx);
            g.scale(sizePx / UNITS, sizePx / UNITS);
            drawDisc(g);
            drawStar(g);
            drawHall(g);
            drawRice(g);
            drawCotton(g);
            drawName(g);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void drawDisc(Graphics2D g) {
        g.setColor(GOLD);
        g.fill(new Ellipse2D.Double(20, 20, 960, 960));
        g.setColor(GREEN);
        g.fill(new Ellipse2D.Double(60, 60, 880, 880));
    }

    private static void drawStar(Graphics2D g) {
        Path2D star = new Path2D.Double();
        for (int i = 0; i < 10; i++) {
            double radius = i % 2 == 0 ? 70 : 28;
            double angle = Math.PI / 2 + i * Math.PI / 5;
            double x = 500 + radius * Math.cos(angle);
            double y = 185 - radius * Math.sin(angle);
            if (i == 0) {
                star.moveTo(x, y);
            } else {
                star.lineTo(x, y);
            }
        }
        star.closePath();
        g.setColor(GOLD);
        g.fill(star);
    }

    /** A joglo: a steep upper roof over a wide lower one, on pillars with an open front. */
    private static void drawHall(Graphics2D g) {
        g.setColor(CREAM);
        g.fillRect(330, 470, 340, 170);
        g.setColor(GOLD);
        g.fill(polygon(440, 280, 560, 280, 640, 390, 360, 390));
        g.fill(polygon(360, 390, 640, 390, 730, 480, 270, 480));
        g.setColor(BROWN);
        g.setStroke(new BasicStroke(6f));
        g.draw(polygon(440, 280, 560, 280, 640, 390, 360, 390));
        g.draw(polygon(360, 390, 640, 390, 730, 480, 270, 480));
        g.setColor(GREEN);
        for (int x = 350; x <= 630; x += 70) {
            g.fillRect(x, 480, 20, 160);
        }
        g.setColor(GOLD);
        g.fillRect(300, 640, 400, 24);
    }

    private static void drawRice(Graphics2D g) {
        g.setColor(GOLD);
        for (int i = 0; i < 9; i++) {
            double angle = Math.toRadians(215 - i * 12.5);
            double x = 500 + 360 * Math.cos(angle);
            double y = 520 - 360 * Math.sin(angle);
            // each grain lies along the stalk, the way a bent rice panicle hangs
            AffineTransform saved = g.getTransform();
            g.rotate(Math.PI / 2 - angle, x, y);
            g.fill(new Ellipse2D.Double(x - 22, y - 38, 44, 76));
            g.setTransform(saved);
        }
    }

    private static void drawCotton(Graphics2D g) {
        for (int i = 0; i < 6; i++) {
            double angle = Math.toRadians(-35 + i * 20);
            double x = 500 + 360 * Math.cos(angle);
            double y = 520 - 360 * Math.sin(angle);
            g.setColor(new Color(0x66BB6A));
            g.fill(new Ellipse2D.Double(x - 34, y - 34, 68, 68));
            g.setColor(Color.WHITE);
            g.fill(new Ellipse2D.Double(x - 24, y - 24, 48, 48));
        }
    }

    private static void drawName(Graphics2D g) {
        g.setColor(Color.WHITE);
        g.setFont(EmblemFont.BOLD.deriveFont(150f));
        FontMetrics metrics = g.getFontMetrics();
        String name = "DESA";
        g.drawString(name, 500 - metrics.stringWidth(name) / 2, 840);
    }

    private static Path2D polygon(double... xy) {
        Path2D path = new Path2D.Double();
        path.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            path.lineTo(xy[i], xy[i + 1]);
        }
        path.closePath();
        return path;
    }

    /** DejaVu Sans Bold from the jar, so the emblem looks the same on a server without system fonts. */
    private static final class EmblemFont {
        static final Font BOLD = load();

        private static Font load() {
            try {
                return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(DocumentFonts.boldTrueType()));
            } catch (FontFormatException | IOException e) {
                throw new PdfRenderException("cannot load the emblem font", e);
            }
        }
    }
}
