package id.anjungan.device.api;

import java.util.Arrays;

/**
 * A colour picture as packed ARGB pixels, row by row from the top left: the page preview. Plain
 * JDK types so the API stays free of AWT; JavaFX takes the array as is
 * ({@code PixelWriter.setPixels(..., PixelFormat.getIntArgbInstance(), pixels, 0, width)}).
 */
public final class RasterImage {

    private final int width;
    private final int height;
    private final int[] argb;

    /**
     * @param width  pixels per row, at least 1
     * @param height rows, at least 1
     * @param argb   {@code width * height} pixels, {@code 0xAARRGGBB}
     */
    public RasterImage(int width, int height, int[] argb) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("image must be at least 1x1, got " + width + "x" + height);
        }
        if (argb.length != width * height) {
            throw new IllegalArgumentException("expected " + width * height + " pixels, got " + argb.length);
        }
        this.width = width;
        this.height = height;
        this.argb = argb.clone();
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The pixel at column {@code x}, row {@code y} as {@code 0xAARRGGBB}. */
    public int pixel(int x, int y) {
        return argb[y * width + x];
    }

    /** A copy of all pixels. */
    public int[] argb() {
        return argb.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RasterImage that && width == that.width && height == that.height && Arrays.equals(argb, that.argb);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * width + height) + Arrays.hashCode(argb);
    }
}
