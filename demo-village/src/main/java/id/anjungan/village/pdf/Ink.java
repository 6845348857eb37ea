package id.anjungan.village.pdf;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** The few marks the documents are made of: a run of text, an underline, a rule. Text must be printable. */
final class Ink {

    private Ink() {
    }

    static void text(PDPageContentStream stream, PDFont font, float size, float x, float baseline, String text)
            throws IOException {
        if (text.isEmpty()) {
            return;
        }
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, baseline);
        stream.showText(text);
        stream.endText();
    }

    static void underline(PDPageContentStream stream, float size, float x, float baseline, float width)
            throws IOException {
        rule(stream, x, x + width, baseline - size * 0.18f, Math.max(0.5f, size * 0.06f));
    }

    static void rule(PDPageContentStream stream, float fromX, float toX, float y, float thickness) throws IOException {
        stream.setLineWidth(thickness);
        stream.moveTo(fromX, y);
        stream.lineTo(toX, y);
        stream.stroke();
    }

    static void box(PDPageContentStream stream, float x, float y, float width, float height, float thickness)
            throws IOException {
        stream.setLineWidth(thickness);
        stream.addRect(x, y, width, height);
        stream.stroke();
    }

    static void shade(PDPageContentStream stream, float x, float y, float width, float height, float grey)
            throws IOException {
        stream.setNonStrokingColor(grey);
        stream.addRect(x, y, width, height);
        stream.fill();
        stream.setNonStrokingColor(0f);
    }
}
