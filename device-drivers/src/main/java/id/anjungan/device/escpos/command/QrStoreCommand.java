package id.anjungan.device.escpos.command;

/** {@code GS ( k} function 180: stores the QR payload in the symbol save area ({@code m = 48}). */
public final class QrStoreCommand implements EscPosCommand {

    /** The longest payload the reference accepts in one store. */
    public static final int MAX_PAYLOAD = 7089;

    private final byte[] payload;

    public QrStoreCommand(byte[] payload) {
        Bytes.requireRange("QR payload length", payload.length, 1, MAX_PAYLOAD);
        this.payload = payload.clone();
    }

    @Override
    public byte[] bytes() {
        byte[] parameters = new byte[payload.length + 1];
        parameters[0] = 48;
        System.arraycopy(payload, 0, parameters, 1, payload.length);
        return QrFunction.frame(80, parameters);
    }
}
