package id.anjungan.device.escpos.command;

/** {@code GS ( k} function 167: the size of one QR module in dots, 1 to 16. */
public final class QrModuleSizeCommand implements EscPosCommand {

    private final int dots;

    public QrModuleSizeCommand(int dots) {
        Bytes.requireRange("QR module size", dots, 1, 16);
        this.dots = dots;
    }

    @Override
    public byte[] bytes() {
        return QrFunction.frame(67, (byte) dots);
    }
}
