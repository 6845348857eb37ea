package id.anjungan.device.api;

/**
 * The A4 printer for signed letters, biodata and family card copies. Every print is checked first
 * (the PDF and the printer) and refused with a specific error before anything is sent; the returned
 * {@link PrintJob} tracks the job until the print system says it completed.
 */
public interface DocumentPrinter extends AutoCloseable {

    /**
     * Checks the document and the printer, then hands the document to the printer.
     *
     * @return the job, already accepted by the print system
     * @throws DeviceException before anything is sent: {@link DeviceError#DOCUMENT_NOT_PDF},
     *                         {@link DeviceError#DOCUMENT_TOO_LARGE} or {@link DeviceError#DOCUMENT_TOO_MANY_PAGES}
     *                         for the document; {@link DeviceError#DOCUMENT_QUEUE_STOPPED},
     *                         {@link DeviceError#DOCUMENT_QUEUE_REJECTING}, {@link DeviceError#DOCUMENT_PAPER_OUT},
     *                         {@link DeviceError#DOCUMENT_PRINTER_OFFLINE} (or another blocking condition) for the
     *                         printer; {@link DeviceError#DOCUMENT_PRINTER_NOT_FOUND} or
     *                         {@link DeviceError#DOCUMENT_PRINTER_UNREACHABLE} when it cannot be reached
     */
    PrintJob print(PrintRequest request);

    /**
     * Reads the queue's and the printer's state now.
     *
     * @throws DeviceException when the printer cannot be found or reached
     */
    DocumentPrinterStatus status();

    /**
     * Renders page 1 of a PDF at screen resolution (96 dpi) for the resident to see before printing.
     *
     * @throws DeviceException with {@link DeviceError#DOCUMENT_NOT_PDF}, {@link DeviceError#DOCUMENT_TOO_LARGE}
     *                         or {@link DeviceError#DOCUMENT_TOO_MANY_PAGES} when the PDF would be refused for printing
     */
    RasterImage preview(byte[] pdf);

    /** Releases what the printer holds; jobs already sent keep printing. */
    @Override
    void close();
}
