package id.anjungan.ui.session;

import id.anjungan.backend.PdfDocument;

/** Where A4 documents go: the A4 printer, or in demo mode a folder of PDFs. */
public interface DocumentOutput {

    /** Prints the document and returns once it is done, reporting pages as they complete. */
    void print(PdfDocument document, DocumentKind kind, PrintProgress progress);

    /** Where the output can be seen, for the demo screen ("Surat disimpan di folder ..."); empty for a real printer. */
    String location();
}
