package id.anjungan.village.pdf;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * "Halaman 1 dari 2" under every page of a document that runs over one page, with the document's
 * reference on the left, so a loose second sheet can still be matched to its first.
 */
final class PageNumbers {

    private static final float SIZE = 8f;

    private PageNumbers() {
    }

    static void stamp(PDDocument document, PDFont font, Margins margins, String reference) throws IOException {
        int count = document.getNumberOfPages();
        if (count < 2) {
            return;
        }
        String printableReference = DocumentFonts.printable(font, reference);
        for (int i = 0; i < count; i++) {
            PDPage page = document.getPage(i);
            float baseline = margins.bottom() / 2f;
            float right = page.getMediaBox().getWidth() - margins.right();
            String label = "Halaman " + (i + 1) + " dari " + count;
            try (PDPageContentStream stream = new PDPageContentStream(document, page, AppendMode.APPEND, true, true)) {
                if (DocumentFonts.width(font, SIZE, printableReference) < (right - margins.left()) / 2f) {
                    Ink.text(stream, font, SIZE, margins.left(), baseline, printableReference);
                }
                Ink.text(stream, font, SIZE, right - DocumentFonts.width(font, SIZE, label), baseline, label);
            }
        }
    }
}
