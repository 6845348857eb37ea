package id.anjungan.device.api;

/** Hears scanned codes and rejected scans; called on the scanner's own thread, so return quickly. */
public interface CodeScanListener {

    /** A code was read. */
    void scanned(ScannedCode code);

    /** Something was scanned but could not be read; nothing else was lost. */
    void rejected(ScanRejected rejection);
}
