package id.anjungan.device.api;

/** Horizontal placement of a receipt line, image or QR code. */
public enum Alignment {
    LEFT,
    CENTER,
    RIGHT
}
