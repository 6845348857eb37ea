package id.anjungan.device.fingerprint.sim;

import java.util.Random;

/**
 * Draws a fingerprint for a finger identity, so the image a simulated module uploads can be matched
 * on the host. Ridges follow the phase model of a fingerprint: a whorl of rings whose phase is
 * bent by spirals, each spiral leaving one minutia (a ridge ending or a fork). The identity fixes
 * the whorl and the minutiae; each capture shifts the finger a little and adds sensor noise, so
 * two captures of one finger differ in pixels but agree in minutiae, as on a real sensor.
 */
final class SyntheticFingerprint {

    static final int WIDTH = 256;
    static final int HEIGHT = 288;
    private static final int MINUTIAE = 30;

    private SyntheticFingerprint() {
    }

    /** The sensor image, 4 bits per pixel, two pixels per byte, high nibble first. */
    static byte[] packed(String identity, int capture) {
        byte[] grey = Sensor.POOR.equals(identity) ? smudge(capture) : grey(identity, capture);
        byte[] packed = new byte[grey.length / 2];
        for (int i = 0; i < packed.length; i++) {
            packed[i] = (byte) (((grey[2 * i] & 0xFF) >> 4) << 4 | ((grey[2 * i + 1] & 0xFF) >> 4));
        }
        return packed;
    }

    static byte[] grey(String identity, int capture) {
        Random finger = new Random(identity.hashCode());
        double coreX = WIDTH / 2.0 + finger.nextGaussian() * 10;
        double coreY = HEIGHT / 2.0 - 14 + finger.nextGaussian() * 10;
        double ridgePeriod = 8.5 + finger.nextDouble() * 1.5;
        double squash = 0.6 + finger.nextDouble() * 0.5;
        double[][] minutiae = new double[MINUTIAE][];
        for (int i = 0; i < MINUTIAE; i++) {
            minutiae[i] = new double[] {40 + finger.nextDouble() * 176, 40 + finger.nextDouble() * 208, finger.nextBoolean() ? 1 : -1};
        }
        Random sensor = new Random(identity.hashCode() * 31L + capture);
        double shiftX = sensor.nextGaussian() * 3;
        double shiftY = sensor.nextGaussian() * 3;
        byte[] pixels = new byte[WIDTH * HEIGHT];
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                double fx = x - shiftX;
                double fy = y - shiftY;
                double ex = (fx - 128) / 118;
                double ey = (fy - 144) / 136;
                if (ex * ex + ey * ey > 1) {
                    pixels[y * WIDTH + x] = (byte) 255;
                    continue;
                }
                double phase = 2 * Math.PI / ridgePeriod * Math.sqrt((fx - coreX) * (fx - coreX) + (fy - coreY) * (fy - coreY) * squash);
                for (double[] m : minutiae) {
                    phase += m[2] * Math.atan2(fy - m[1], fx - m[0]);
                }
                double value = 128 + 100 * Math.cos(phase) + sensor.nextGaussian() * 15;
                pixels[y * WIDTH + x] = (byte) Math.max(0, Math.min(255, (int) value));
            }
        }
        return pixels;
    }

    /** A smeared print: grey noise without ridges. */
    private static byte[] smudge(int capture) {
        Random noise = new Random(capture);
        byte[] pixels = new byte[WIDTH * HEIGHT];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) (96 + noise.nextInt(64));
        }
        return pixels;
    }
}
