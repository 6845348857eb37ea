package id.anjungan.device.api;

/**
 * A {@link CodeScanner} as a {@link DeviceProvider} opens it for the kiosk: the kiosk owns it and closes it at shutdown.
 * As with {@link CardReaderDevice}, the closing lives here so that listeners see only {@link CodeScanner}; a
 * provider's result may also be {@link Supervised} (a serial scanner) or a {@link KeyboardWedge}.
 */
public interface CodeScannerDevice extends CodeScanner, AutoCloseable {

    /** Stops reading and releases the scanner; safe to call more than once, never throws. */
    @Override
    void close();
}
