package id.anjungan.device.escpos.sim;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

/** Draws a cut-off receipt as a PNG: white paper on a grey table, print in black, a dashed cut line. */
final class ReceiptRenderer {

    private static final int MARGIN = 24;
    private static final int CUT_ZONE = 24;
    private static final Color TABLE = new Color(0xD8, 0xD8, 0xD8);

    private ReceiptRenderer() {
    }

    static void render(List<PaperBlock> blocks, int paperDots, boolean partialCut, Path png) throws IOException {
        int printed = blocks.stream().mapToInt(PaperBlock::height).sum();
        int width = paperDots + 4 * MARGIN;
        int height = printed + 2 * MARGIN + CUT_ZONE + MARGIN;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(TABLE);
            g.fillRect(0, 0, width, height);
            g.setColor(Color.WHITE);
            g.fillRect(MARGIN, MARGIN, paperDots + 2 * MARGIN, printed + MARGIN + CUT_ZONE);
            int top = 2 * MARGIN;
            for (PaperBlock block : blocks) {
                block.draw(g, 2 * MARGIN, top, paperDots);
                top += block.height();
            }
            drawCut(g, top + CUT_ZONE / 2, width, partialCut);
        } finally {
            g.dispose();
        }
        ImageIO.write(image, "png", png.toFile());
    }

    private static void drawCut(Graphics2D g, int y, int width, boolean partial) {
        g.setColor(Color.GRAY);
        g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 6f}, 0f));
        if (partial) {
            // a partial cut leaves a bridge in the middle
            g.drawLine(0, y, width / 2 - 12, y);
            g.drawLine(width / 2 + 12, y, width, y);
        } else {
            g.drawLine(0, y, width, y);
        }
    }
}
