package id.anjungan.device.escpos.command;

import id.anjungan.device.api.MonochromeImage;

/**
 * {@code GS v 0 m xL xH yL yH d1...dk}: prints a raster bit image at normal density ({@code m = 0});
 * {@code x} is bytes per row, {@code y} rows, each byte's most significant bit is the leftmost dot.
 */
public final class RasterImageCommand implements EscPosCommand {

    /** The largest height the reference allows in one command. */
    public static final int MAX_ROWS = 2303;

    private final MonochromeImage image;

    public RasterImageCommand(MonochromeImage image) {
        Bytes.requireRange("raster bytes per row", MonochromeImage.bytesPerRow(image.width()), 1, 255);
        Bytes.requireRange("raster rows", image.height(), 1, MAX_ROWS);
        this.image = image;
    }

    @Override
    public byte[] bytes() {
        int x = MonochromeImage.bytesPerRow(image.width());
        int y = image.height();
        byte[] rows = image.rows();
        byte[] out = new byte[8 + rows.length];
        out[0] = Bytes.GS;
        out[1] = 'v';
        out[2] = '0';
        out[3] = 0;
        out[4] = (byte) (x & 0xFF);
        out[5] = (byte) (x >> 8);
        out[6] = (byte) (y & 0xFF);
        out[7] = (byte) (y >> 8);
        System.arraycopy(rows, 0, out, 8, rows.length);
        return out;
    }
}
