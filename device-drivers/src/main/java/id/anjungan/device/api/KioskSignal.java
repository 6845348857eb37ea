package id.anjungan.device.api;

/** A debounced change of one of the kiosk's inputs. */
public enum KioskSignal {
    /** The presence sensor sees someone: wake the screen. */
    PERSON_ARRIVED,
    /** The presence sensor no longer sees anyone. */
    PERSON_LEFT,
    /** The help button went down: call staff. */
    HELP_PRESSED,
    /** The help button came up. */
    HELP_RELEASED
}
