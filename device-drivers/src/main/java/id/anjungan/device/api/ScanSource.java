package id.anjungan.device.api;

/** Where a scanned code came from. */
public enum ScanSource {
    /** A scanner on a serial or USB-COM port. */
    SERIAL,
    /** A scanner that types like a keyboard. */
    KEYBOARD_WEDGE,
    /** A webcam frame. */
    CAMERA,
    /** An image file. */
    IMAGE_FILE
}
