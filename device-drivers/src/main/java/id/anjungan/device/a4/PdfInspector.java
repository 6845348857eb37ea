package id.anjungan.device.a4;

import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Decides whether bytes are a PDF the kiosk will print: the {@code %PDF-} signature, the size
 * limit, that PDFBox opens it, and the page limit. Cheap checks come first so a huge or foreign file
 * is never parsed.
 */
public final class PdfInspector {

    private static final byte[] SIGNATURE = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    /** The PDF specification lets the signature start anywhere in the first kilobyte. */
    private static final int SIGNATURE_WINDOW = 1024;

    private final PdfLimits limits;

    public PdfInspector(PdfLimits limits) {
        this.limits = limits;
    }

    /**
     * Checks {@code pdf} and returns its page count.
     *
     * @throws DeviceException with {@link DeviceError#DOCUMENT_NOT_PDF}, {@link DeviceError#DOCUMENT_TOO_LARGE}
     *                         or {@link DeviceError#DOCUMENT_TOO_MANY_PAGES}
     */
    public int check(byte[] pdf) {
        if (pdf.length > limits.maxBytes()) {
            throw new DeviceException(DeviceError.DOCUMENT_TOO_LARGE, pdf.length + " bytes, limit " + limits.maxBytes());
        }
        if (!hasSignature(pdf)) {
            throw new DeviceException(DeviceError.DOCUMENT_NOT_PDF, "no %PDF- signature in the first " + SIGNATURE_WINDOW + " bytes");
        }
        try (PDDocument document = open(pdf)) {
            int pages = document.getNumberOfPages();
            if (pages < 1) {
                throw new DeviceException(DeviceError.DOCUMENT_NOT_PDF, "the PDF has no pages");
            }
            if (pages > limits.maxPages()) {
                throw new DeviceException(DeviceError.DOCUMENT_TOO_MANY_PAGES, pages + " pages, limit " + limits.maxPages());
            }
            return pages;
        } catch (IOException e) {
            throw new DeviceException(DeviceError.DOCUMENT_NOT_PDF, "closing the PDF failed", e);
        }
    }

    /** Opens a PDF that passed the cheap checks; the caller closes it. */
    static PDDocument open(byte[] pdf) {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            // covers damaged structure and password protection alike: neither can be printed unattended
            throw new DeviceException(DeviceError.DOCUMENT_NOT_PDF, "PDFBox cannot open it: " + e.getMessage(), e);
        }
    }

    static boolean hasSignature(byte[] pdf) {
        int last = Math.min(pdf.length, SIGNATURE_WINDOW) - SIGNATURE.length;
        for (int i = 0; i <= last; i++) {
            if (Arrays.equals(pdf, i, i + SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length)) {
                return true;
            }
        }
        return false;
    }
}
