package id.anjungan.device.escpos.sim;

import java.awt.Graphics2D;

/** A strip of printed paper: its height in dots and how to draw it. */
interface PaperBlock {

    int height();

    /** Draws the strip with its top at {@code top}; the paper's printable area starts at {@code left}. */
    void draw(Graphics2D g, int left, int top, int paperDots);

    /** A blank strip, such as a line feed on an empty line. */
    static PaperBlock blank(int height) {
        return new PaperBlock() {
            @Override
            public int height() {
                return height;
            }

            @Override
            public void draw(Graphics2D g, int left, int top, int paperDots) {
                // white paper
            }
        };
    }

    /** Where a strip of {@code width} dots starts for a justification (0 left, 1 centre, 2 right). */
    static int justify(int justification, int width, int paperDots) {
        int room = Math.max(0, paperDots - width);
        return switch (justification) {
            case 1 -> room / 2;
            case 2 -> room;
            default -> 0;
        };
    }
}
