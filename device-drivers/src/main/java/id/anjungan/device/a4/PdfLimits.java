package id.anjungan.device.a4;

/**
 * What the kiosk agrees to print. A village letter is one or two pages of a few hundred kilobytes;
 * anything far bigger is a mistake or an attack on the printer's paper tray.
 *
 * @param maxBytes the largest PDF accepted
 * @param maxPages the most pages accepted
 */
public record PdfLimits(int maxBytes, int maxPages) {

    /** 10 MiB and 20 pages. */
    public static final PdfLimits DEFAULT = new PdfLimits(10 * 1024 * 1024, 20);

    public PdfLimits {
        if (maxBytes < 1 || maxPages < 1) {
            throw new IllegalArgumentException("limits must be positive, got " + maxBytes + " bytes, " + maxPages + " pages");
        }
    }
}
