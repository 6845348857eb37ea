package id.anjungan.device.api;

import java.util.Arrays;

/**
 * A black-and-white bitmap such as a logo: rows of packed bits, most significant bit leftmost,
 * a set bit is a black dot.
 */
public final class MonochromeImage {

    private final int width;
    private final int height;
    private final byte[] rows;

    /**
     * @param width  dots per row, at least 1
     * @param height rows, at least 1
     * @param rows   {@code height * bytesPerRow(width)} bytes
     */
    public MonochromeImage(int width, int height, byte[] rows) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("image must be at least 1x1, got " + width + "x" + height);
        }
        if (rows.length != height * bytesPerRow(width)) {
            throw new IllegalArgumentException("expected " + height * bytesPerRow(width) + " bytes, got " + rows.length);
        }
        this.width = width;
        this.height = height;
        this.rows = rows.clone();
    }

    /** Bytes needed for one row of {@code width} dots. */
    public static int bytesPerRow(int width) {
        return (width + 7) / 8;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** Whether the dot at column {@code x}, row {@code y} is black. */
    public boolean isBlack(int x, int y) {
        int b = rows[y * bytesPerRow(width) + x / 8];
        return (b & (0x80 >> (x % 8))) != 0;
    }

    /** A copy of the packed rows. */
    public byte[] rows() {
        return rows.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MonochromeImage that && width == that.width && height == that.height
                && Arrays.equals(rows, that.rows);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * width + height) + Arrays.hashCode(rows);
    }
}
