package id.anjungan.device.api;

/**
 * A thermal receipt printer (the queue ticket printer). Implementations check the printer before
 * and after every job and never cache its state.
 */
public interface ReceiptPrinter extends AutoCloseable {

    /**
     * Prints one receipt.
     *
     * @return the status after printing and any warnings (paper near its end)
     * @throws DeviceException with {@link DeviceError#PRINTER_PAPER_OUT}, {@link DeviceError#PRINTER_COVER_OPEN},
     *                         {@link DeviceError#PRINTER_OFFLINE} or {@link DeviceError#PRINTER_ERROR} when the
     *                         printer stops the job before or during printing, or a {@code TRANSPORT_*} error
     */
    PrintOutcome print(Receipt receipt);

    /**
     * Reads the printer's status now.
     *
     * @throws DeviceException when the printer cannot be reached or answers nonsense
     */
    PrinterStatus status();

    /** Releases the connection; a later call opens it again. */
    @Override
    void close();
}
