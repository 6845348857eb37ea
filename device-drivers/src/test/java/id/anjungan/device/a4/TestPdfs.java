package id.anjungan.device.a4;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** Small real A4 PDFs made with PDFBox and an embedded TrueType font, as OpenSID's letters are. */
public final class TestPdfs {

    private static final Path FONT = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    public static final PDRectangle A4_LANDSCAPE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());

    private TestPdfs() {
    }

    /** A portrait letter whose first line is {@code text}. */
    public static byte[] letter(String text) {
        return document(PDRectangle.A4, 1, text);
    }

    /** A landscape family card page showing {@code text}. */
    public static byte[] familyCard(String text) {
        return document(A4_LANDSCAPE, 1, text);
    }

    /** A portrait document of {@code pages} pages. */
    public static byte[] pages(int pages, String text) {
        return document(PDRectangle.A4, pages, text);
    }

    private static byte[] document(PDRectangle size, int pages, String text) {
        try (PDDocument document = new PDDocument()) {
            PDFont font = Files.exists(FONT) ? PDType0Font.load(document, FONT.toFile())
                    : new org.apache.pdfbox.pdmodel.font.PDType1Font(org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA);
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage(size);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 16);
                    content.newLineAtOffset(72, size.getHeight() - 100);
                    content.showText(text);
                    content.newLineAtOffset(0, -24);
                    content.showText("Halaman " + (i + 1));
                    content.endText();
                    content.addRect(72, 72, 200, 40);
                    content.fill();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
