package id.anjungan.village.pdf;

/** A document could not be rendered: the input lacks something it needs, or PDFBox failed. */
public final class PdfRenderException extends RuntimeException {

    public PdfRenderException(String message) {
        super(message);
    }

    public PdfRenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
