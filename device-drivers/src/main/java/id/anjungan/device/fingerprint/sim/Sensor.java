package id.anjungan.device.fingerprint.sim;

/**
 * What lies on the simulated sensor: nothing, a finger known by an identity string, or a finger
 * whose image is too poor to use (wet, dirty, pressed too lightly).
 */
final class Sensor {

    /** The identity of a finger whose image cannot be used. */
    static final String POOR = "\u0000poor";

    private volatile String finger;

    void place(String identity) {
        if (identity == null || identity.isBlank()) {
            throw new IllegalArgumentException("a finger needs an identity, e.g. budi-right-thumb");
        }
        finger = identity;
    }

    void placePoor() {
        finger = POOR;
    }

    void lift() {
        finger = null;
    }

    /** The finger on the sensor now, {@link #POOR}, or null when the sensor is empty. */
    String current() {
        return finger;
    }
}
