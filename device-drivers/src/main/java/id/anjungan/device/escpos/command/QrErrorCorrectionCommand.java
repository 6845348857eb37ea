package id.anjungan.device.escpos.command;

/** {@code GS ( k} function 169: QR error correction level, {@code n = 48 + level} (L, M, Q, H). */
public final class QrErrorCorrectionCommand implements EscPosCommand {

    /** Error correction levels, in the order of the reference. */
    public enum Level {
        L,
        M,
        Q,
        H
    }

    private final Level level;

    public QrErrorCorrectionCommand(Level level) {
        this.level = level;
    }

    @Override
    public byte[] bytes() {
        return QrFunction.frame(69, (byte) (48 + level.ordinal()));
    }
}
