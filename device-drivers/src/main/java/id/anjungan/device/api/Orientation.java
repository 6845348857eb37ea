package id.anjungan.device.api;

/** How a document's pages lie on the A4 sheet. */
public enum Orientation {
    /** Upright: letters and biodata. */
    PORTRAIT,
    /** Turned a quarter: the family card (kartu keluarga). */
    LANDSCAPE
}
