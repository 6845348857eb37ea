package id.anjungan.device.api;

/**
 * A QR / barcode scanner: a serial or USB-COM scanner, a keyboard-wedge scanner, or a webcam whose
 * frames are decoded. Listeners stay across reconnects.
 */
public interface CodeScanner {

    /** Adds a listener for codes and rejected scans. */
    void addListener(CodeScanListener listener);

    /** Removes a listener added before. */
    void removeListener(CodeScanListener listener);
}
