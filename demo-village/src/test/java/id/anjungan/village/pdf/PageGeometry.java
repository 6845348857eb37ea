package id.anjungan.village.pdf;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Where the glyphs of a rendered PDF actually landed, read back with PDFBox's text extraction. */
final class PageGeometry {

    /** The box around every glyph of every page, in PDF points from the lower left. */
    record Bounds(float minX, float maxX, float minY, float pageWidth, float pageHeight) {
    }

    private PageGeometry() {
    }

    static int pageCount(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    static Bounds textBounds(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BoundsCollector collector = new BoundsCollector();
            collector.getText(document);
            float width = document.getPage(0).getMediaBox().getWidth();
            float height = document.getPage(0).getMediaBox().getHeight();
            return new Bounds(collector.minX, collector.maxX, height - collector.maxYFromTop, width, height);
        }
    }

    private static final class BoundsCollector extends PDFTextStripper {
        float minX = Float.MAX_VALUE;
        float maxX = -Float.MAX_VALUE;
        float maxYFromTop = -Float.MAX_VALUE;

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            for (TextPosition position : positions) {
                if (position.getUnicode().isBlank()) {
                    continue;
                }
                minX = Math.min(minX, position.getXDirAdj());
                maxX = Math.max(maxX, position.getXDirAdj() + position.getWidthDirAdj());
                maxYFromTop = Math.max(maxYFromTop, position.getYDirAdj());
            }
        }
    }
}
