package id.anjungan.device.api;

/** What the kiosk's status LED shows. */
public enum StatusLight {
    /** Dark: the kiosk is off duty. */
    OFF,
    /** Ready for residents. */
    GREEN,
    /** Working with a warning (paper nearly out, backend offline with an outbox). */
    AMBER,
    /** Out of order: call staff. */
    RED
}
