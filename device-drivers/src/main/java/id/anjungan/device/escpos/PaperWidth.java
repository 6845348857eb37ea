package id.anjungan.device.escpos;

/** Paper rolls and the printable width a printer gives them, in 12×24-dot font A columns and dots. */
public enum PaperWidth {
    /** 58 mm roll: 32 columns over 384 dots. */
    MM58(32, 384),
    /** 80 mm roll on printers with a 72 mm head: 48 columns over 576 dots. */
    MM80(48, 576),
    /** 80 mm roll on printers with a 64 mm head (and Epson's 42-column mode): 42 columns over 512 dots. */
    MM80_42(42, 512);

    private final int columns;
    private final int dots;

    PaperWidth(int columns, int dots) {
        this.columns = columns;
        this.dots = dots;
    }

    public int columns() {
        return columns;
    }

    public int dots() {
        return dots;
    }
}
