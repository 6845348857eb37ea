package id.anjungan.device.escpos.command;

/** {@code GS ( k} function 165: selects QR Code model 2 ({@code n1 = 50, n2 = 0}). */
public final class QrModelCommand implements EscPosCommand {

    @Override
    public byte[] bytes() {
        return QrFunction.frame(65, (byte) 50, (byte) 0);
    }
}
