package id.anjungan.device.fingerprint.sim;

/**
 * What lies on the simulated sensor: nothing, a finger known by an identity string, or a finger
 * whose image is too poor to use (wet, dirty, pressed too lightly).
 */
final class Sensor {

    /** The identity of a finger whose image cannot be used. */
    static final String POOR = "\u0000poor";

    private volatile String finger;
    private volatile boolean touching;

    void place(String identity) {
        requireIdentity(identity);
        touching = false;
        finger = identity;
    }

    /** A finger that comes off again as soon as the module has taken one image of it. */
    void touch(String identity) {
        requireIdentity(identity);
        touching = true;
        finger = identity;
    }

    /** The module took an image of the finger now on the sensor. */
    void imageTaken() {
        if (touching) {
            touching = false;
            finger = null;
        }
    }

    private static void requireIdentity(String identity) {
        if (identity == null || identity.isBlank()) {
            throw new IllegalArgumentException("a finger needs an identity, e.g. budi-right-thumb");
        }
    }

    void placePoor() {
        finger = POOR;
    }

    void lift() {
        touching = false;
        finger = null;
    }

    /** The finger on the sensor now, {@link #POOR}, or null when the sensor is empty. */
    String current() {
        return finger;
    }
}
