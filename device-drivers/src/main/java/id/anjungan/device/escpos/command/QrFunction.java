package id.anjungan.device.escpos.command;

/**
 * The common frame of the QR code functions: {@code GS ( k pL pH cn fn [parameters]}, with
 * {@code cn = 49} (QR Code) and {@code pL + pH * 256} the count of bytes after {@code pH}.
 */
final class QrFunction {

    private static final byte SYMBOL_QR = 49;

    private QrFunction() {
    }

    static byte[] frame(int fn, byte... parameters) {
        int p = parameters.length + 2;
        byte[] out = new byte[7 + parameters.length];
        out[0] = Bytes.GS;
        out[1] = '(';
        out[2] = 'k';
        out[3] = (byte) (p & 0xFF);
        out[4] = (byte) (p >> 8);
        out[5] = SYMBOL_QR;
        out[6] = (byte) fn;
        System.arraycopy(parameters, 0, out, 7, parameters.length);
        return out;
    }
}
