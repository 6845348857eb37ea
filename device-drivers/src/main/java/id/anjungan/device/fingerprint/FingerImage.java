package id.anjungan.device.fingerprint;

import java.util.Arrays;

/**
 * A fingerprint image from the sensor, 8-bit grey, row by row. Biometric data: use it, then
 * {@link #wipe()} it; never log, store or send it anywhere.
 */
public final class FingerImage {

    private final int width;
    private final int height;
    private final byte[] pixels;

    FingerImage(int width, int height, byte[] pixels) {
        if (pixels.length != width * height) {
            throw new IllegalArgumentException("expected " + width * height + " pixels, got " + pixels.length);
        }
        this.width = width;
        this.height = height;
        this.pixels = pixels;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The pixels themselves (not a copy, so that {@link #wipe()} clears what was handed out). */
    public byte[] pixels() {
        return pixels;
    }

    /** Overwrites the pixels. */
    public void wipe() {
        Arrays.fill(pixels, (byte) 0);
    }

    @Override
    public String toString() {
        return "finger image " + width + "x" + height;
    }
}
