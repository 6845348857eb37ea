package id.anjungan.device.escpos;

import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import id.anjungan.device.api.MonochromeImage;
import id.anjungan.device.api.Receipt;
import id.anjungan.device.api.ReceiptElement;
import id.anjungan.device.api.TextStyle;
import id.anjungan.device.escpos.command.CutCommand;
import id.anjungan.device.escpos.command.InitializeCommand;
import id.anjungan.device.escpos.command.RasterImageCommand;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;

/**
 * What image-based ESC/POS libraries send: the whole receipt drawn on the host as one picture, sent
 * as raster bands. Used by the benchmark as the baseline the native ticket is compared with.
 */
final class FullRasterTicket {

    private static final int LINE = 30;
    private static final int CELL_W = 12;
    private static final int CELL_H = 24;

    private FullRasterTicket() {
    }

    static byte[] encode(Receipt receipt, EscPosSettings settings) throws WriterException {
        int width = settings.paper().dots();
        BufferedImage canvas = new BufferedImage(width, 4000, BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D g = canvas.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, 4000);
        g.setColor(Color.BLACK);
        int y = 0;
        for (ReceiptElement element : receipt.elements()) {
            if (element instanceof ReceiptElement.Line line) {
                y = text(g, line.text(), line.style(), width, y, settings.paper().columns());
            } else if (element instanceof ReceiptElement.Separator separator) {
                y = text(g, String.valueOf(separator.character()).repeat(settings.paper().columns()), TextStyle.NORMAL, width, y,
                        settings.paper().columns());
            } else if (element instanceof ReceiptElement.QrCode qr) {
                y = qr(g, qr.payload(), settings.qrModuleDots(), width, y);
            } else if (element instanceof ReceiptElement.Feed feed) {
                y += feed.lines() * LINE;
            }
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new InitializeCommand().bytes());
        for (int top = 0; top < y; top += RasterImageCommand.MAX_ROWS) {
            out.writeBytes(new RasterImageCommand(band(canvas, top, Math.min(RasterImageCommand.MAX_ROWS, y - top))).bytes());
        }
        out.writeBytes(new CutCommand(true, settings.cutFeedUnits()).bytes());
        return out.toByteArray();
    }

    private static int text(Graphics2D g, String text, TextStyle style, int width, int y, int columns) {
        int perLine = Math.max(1, columns / style.width());
        int lineHeight = Math.max(LINE, CELL_H * style.height() + LINE - CELL_H);
        Font font = new Font(Font.MONOSPACED, style.bold() ? Font.BOLD : Font.PLAIN, 20)
                .deriveFont(AffineTransform.getScaleInstance(style.width(), style.height()));
        g.setFont(font);
        for (String part : id.anjungan.device.escpos.text.WordWrapper.wrap(text, perLine)) {
            int textWidth = part.length() * CELL_W * style.width();
            int x = switch (style.alignment()) {
                case CENTER -> (width - textWidth) / 2;
                case RIGHT -> width - textWidth;
                default -> 0;
            };
            g.drawString(part, x, y + CELL_H * style.height() - 5 * style.height());
            y += lineHeight;
        }
        return y;
    }

    private static int qr(Graphics2D g, String payload, int module, int width, int y) throws WriterException {
        ByteMatrix matrix = Encoder.encode(payload, ErrorCorrectionLevel.M).getMatrix();
        int size = matrix.getWidth() * module;
        int x0 = (width - size) / 2;
        for (int my = 0; my < matrix.getHeight(); my++) {
            for (int mx = 0; mx < matrix.getWidth(); mx++) {
                if (matrix.get(mx, my) == 1) {
                    g.fillRect(x0 + mx * module, y + my * module, module, module);
                }
            }
        }
        return y + size;
    }

    private static MonochromeImage band(BufferedImage canvas, int top, int rows) {
        int width = canvas.getWidth();
        int bytesPerRow = MonochromeImage.bytesPerRow(width);
        byte[] data = new byte[rows * bytesPerRow];
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < width; x++) {
                if ((canvas.getRGB(x, top + y) & 0xFFFFFF) == 0) {
                    data[y * bytesPerRow + x / 8] |= (byte) (0x80 >> (x % 8));
                }
            }
        }
        return new MonochromeImage(width, rows, data);
    }
}
