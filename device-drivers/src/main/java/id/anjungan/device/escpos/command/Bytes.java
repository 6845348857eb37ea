package id.anjungan.device.escpos.command;

/** Byte constants of the ESC/POS reference. */
final class Bytes {
    static final byte DLE = 0x10;
    static final byte EOT = 0x04;
    static final byte LF = 0x0A;
    static final byte ESC = 0x1B;
    static final byte GS = 0x1D;

    private Bytes() {
    }

    static void requireRange(String what, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(what + " must be " + min + ".." + max + ", got " + value);
        }
    }
}
