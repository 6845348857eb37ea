package id.anjungan.device.escpos.sim;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.util.List;

/**
 * One printed line in font A (12×24 dots per character), each character with its own emphasis and
 * magnification; characters stand on a common baseline like on the printer.
 */
final class TextLineBlock implements PaperBlock {

    static final int CELL_WIDTH = 12;
    static final int CELL_HEIGHT = 24;
    /** The default line spacing, 1/6 inch at 180 dpi. */
    static final int LINE_SPACING = 30;

    /** One character cell. */
    record Glyph(char character, boolean bold, int width, int height) {
        int widthDots() {
            return CELL_WIDTH * width;
        }
    }

    private final List<Glyph> glyphs;
    private final int justification;
    private final int tallest;

    TextLineBlock(List<Glyph> glyphs, int justification) {
        this.glyphs = List.copyOf(glyphs);
        this.justification = justification;
        this.tallest = glyphs.stream().mapToInt(Glyph::height).max().orElse(1);
    }

    String text() {
        StringBuilder text = new StringBuilder();
        glyphs.forEach(g -> text.append(g.character()));
        return text.toString().stripTrailing();
    }

    static int width(List<Glyph> glyphs) {
        return glyphs.stream().mapToInt(Glyph::widthDots).sum();
    }

    @Override
    public int height() {
        return Math.max(LINE_SPACING, CELL_HEIGHT * tallest + LINE_SPACING - CELL_HEIGHT);
    }

    @Override
    public void draw(Graphics2D g, int left, int top, int paperDots) {
        int x = left + PaperBlock.justify(justification, width(glyphs), paperDots);
        int cellBottom = top + CELL_HEIGHT * tallest;
        g.setColor(Color.BLACK);
        for (Glyph glyph : glyphs) {
            Font font = new Font(Font.MONOSPACED, glyph.bold() ? Font.BOLD : Font.PLAIN, 20)
                    .deriveFont(AffineTransform.getScaleInstance(glyph.width(), glyph.height()));
            g.setFont(font);
            g.drawString(String.valueOf(glyph.character()), x, cellBottom - 5 * glyph.height());
            x += glyph.widthDots();
        }
    }
}
