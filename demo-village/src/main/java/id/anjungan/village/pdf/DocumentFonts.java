package id.anjungan.village.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * DejaVu Sans, regular and bold, embedded as subsets: PDF/A forbids relying on the printer's fonts, and
 * DejaVu has the glyphs village data brings (é, –, ’, and names from every province).
 */
final class DocumentFonts {

    private static final String DIR = "/id/anjungan/village/pdf/fonts/";
    private static final String REPLACEMENT = "?";

    // the font files are parsed per document (PDFBox fonts are not thread-safe), but read from the jar once
    private static final byte[] REGULAR_TTF = readFont("DejaVuSans.ttf");
    private static final byte[] BOLD_TTF = readFont("DejaVuSans-Bold.ttf");

    private final PDType0Font regular;
    private final PDType0Font bold;

    private DocumentFonts(PDType0Font regular, PDType0Font bold) {
        this.regular = regular;
        this.bold = bold;
    }

    static DocumentFonts embedIn(PDDocument document) throws IOException {
        return new DocumentFonts(PDType0Font.load(document, new ByteArrayInputStream(REGULAR_TTF), true),
                PDType0Font.load(document, new ByteArrayInputStream(BOLD_TTF), true));
    }

    /** The bold font file, for drawing outside a PDF (the emblem). */
    static byte[] boldTrueType() {
        return BOLD_TTF.clone();
    }

    PDFont regular() {
        return regular;
    }

    PDFont bold() {
        return bold;
    }

    /**
     * The text with every character the font cannot draw replaced by "?", and control characters by a
     * space, so one odd character in a resident's data cannot stop a whole letter from printing.
     */
    static String printable(PDFont font, String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            if (Character.isISOControl(codePoint) || Character.isWhitespace(codePoint)) {
                out.append(' ');
            } else if (canEncode(font, codePoint)) {
                out.appendCodePoint(codePoint);
            } else {
                out.append(REPLACEMENT);
            }
        });
        return out.toString();
    }

    /** Width of the text in points at the given size. */
    static float width(PDFont font, float size, String text) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException | IllegalArgumentException e) {
            throw new PdfRenderException("cannot measure text in font " + font.getName(), e);
        }
    }

    private static boolean canEncode(PDFont font, int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    private static byte[] readFont(String name) {
        try (InputStream in = DocumentFonts.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("font " + DIR + name + " is missing from the demo-village jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + DIR + name, e);
        }
    }
}
