package id.anjungan.core.print;

/** Where a print job stands. */
public enum JobState {
    /** Recorded, not yet handed to the printer: safe to print after a restart. */
    QUEUED,
    /** Handed to the printer; if the kiosk stops now, nobody knows whether it printed, so it is never resent. */
    SENT,
    /** The printer confirmed it. */
    DONE,
    /** It did not print, or may not have; only an operator reprints it. */
    FAILED
}
