package id.anjungan.device.fingerprint.command;

/**
 * Uploads the image buffer: an acknowledgement, then the image in data packets (4 bits per pixel,
 * two pixels per byte, high nibble first, row by row).
 */
public final class UpImageCommand implements R30xCommand<Void> {

    /** The sensor image of the R30x family. */
    public static final int WIDTH = 256;
    public static final int HEIGHT = 288;
    /** Bytes of image data that follow the acknowledgement. */
    public static final int DATA_BYTES = WIDTH * HEIGHT / 2;

    @Override
    public byte[] payload() {
        return Bytes.of(0x0A);
    }

    @Override
    public Void parse(Acknowledgement ack) {
        ack.requireOk(name());
        return null;
    }

    /** Expands 4-bit pixels to 8-bit grey (0 black, 255 white). */
    public static byte[] toGrey(byte[] data) {
        byte[] grey = new byte[data.length * 2];
        for (int i = 0; i < data.length; i++) {
            grey[2 * i] = (byte) (((data[i] >> 4) & 0x0F) * 17);
            grey[2 * i + 1] = (byte) ((data[i] & 0x0F) * 17);
        }
        return grey;
    }
}
