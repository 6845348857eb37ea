package id.anjungan.device.escpos.sim;

import java.awt.Color;
import java.awt.Graphics2D;

/** A raster image or a QR symbol: dots on a grid, each drawn as a {@code scaleX × scaleY} square. */
final class BitmapBlock implements PaperBlock {

    private final boolean[][] dots;
    private final int scaleX;
    private final int scaleY;
    private final int justification;

    BitmapBlock(boolean[][] dots, int scaleX, int scaleY, int justification) {
        this.dots = dots;
        this.scaleX = scaleX;
        this.scaleY = scaleY;
        this.justification = justification;
    }

    /** Unpacks {@code GS v 0} data: rows of bytes, most significant bit leftmost. */
    static boolean[][] unpack(byte[] data, int bytesPerRow, int rows) {
        boolean[][] dots = new boolean[rows][bytesPerRow * 8];
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < bytesPerRow * 8; x++) {
                dots[y][x] = (data[y * bytesPerRow + x / 8] & (0x80 >> (x % 8))) != 0;
            }
        }
        return dots;
    }

    @Override
    public int height() {
        return dots.length * scaleY;
    }

    @Override
    public void draw(Graphics2D g, int left, int top, int paperDots) {
        int width = dots.length == 0 ? 0 : dots[0].length * scaleX;
        int x0 = left + PaperBlock.justify(justification, width, paperDots);
        g.setColor(Color.BLACK);
        for (int y = 0; y < dots.length; y++) {
            for (int x = 0; x < dots[y].length; x++) {
                if (dots[y][x]) {
                    g.fillRect(x0 + x * scaleX, top + y * scaleY, scaleX, scaleY);
                }
            }
        }
    }
}
