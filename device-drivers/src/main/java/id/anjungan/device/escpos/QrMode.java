package id.anjungan.device.escpos;

/** How a QR code reaches the paper. */
public enum QrMode {
    /** The printer draws it from the payload ({@code GS ( k}): a few dozen bytes. */
    NATIVE,
    /** The driver draws it and sends a raster image ({@code GS v 0}), for printers without {@code GS ( k}. */
    RASTER
}
