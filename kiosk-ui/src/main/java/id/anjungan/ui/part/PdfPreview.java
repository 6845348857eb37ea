package id.anjungan.ui.part;

import java.awt.image.BufferedImage;
import java.io.IOException;
import javafx.scene.image.Image;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Page 1 of a PDF as an image, so the resident sees what is printing. */
public final class PdfPreview {

    private static final Logger LOG = LoggerFactory.getLogger(PdfPreview.class);

    private PdfPreview() {
    }

    /** The first page at {@code dpi}, or null when the PDF cannot be drawn (printing goes on without a preview). */
    public static Image firstPage(byte[] pdf, float dpi) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, dpi);
            WritableImage image = new WritableImage(page.getWidth(), page.getHeight());
            PixelWriter pixels = image.getPixelWriter();
            for (int y = 0; y < page.getHeight(); y++) {
                for (int x = 0; x < page.getWidth(); x++) {
                    pixels.setArgb(x, y, page.getRGB(x, y));
                }
            }
            return image;
        } catch (IOException | RuntimeException unreadable) {
            LOG.warn("no preview: {}", unreadable.toString());
            return null;
        }
    }
}
