package id.anjungan.device.escpos.command;

/** {@code GS ( k} function 181: prints the stored QR symbol ({@code m = 48}). */
public final class QrPrintCommand implements EscPosCommand {

    @Override
    public byte[] bytes() {
        return QrFunction.frame(81, (byte) 48);
    }
}
