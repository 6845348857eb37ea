package id.anjungan.device.a4;

import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;
import id.anjungan.device.api.RasterImage;
import java.awt.image.BufferedImage;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Renders page 1 of a checked PDF at screen resolution, for the confirmation screen. */
public final class PagePreview {

    /** CSS pixels per inch: an A4 page becomes 793 x 1122 pixels (PDFBox rounds down). */
    public static final float SCREEN_DPI = 96f;

    private final PdfInspector inspector;

    public PagePreview(PdfInspector inspector) {
        this.inspector = inspector;
    }

    /**
     * @throws DeviceException as {@link PdfInspector#check(byte[])} does, or {@link DeviceError#DOCUMENT_NOT_PDF}
     *                         when the page cannot be drawn
     */
    public RasterImage firstPage(byte[] pdf) {
        inspector.check(pdf);
        try (PDDocument document = PdfInspector.open(pdf)) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, SCREEN_DPI, ImageType.RGB);
            int width = image.getWidth();
            int height = image.getHeight();
            return new RasterImage(width, height, image.getRGB(0, 0, width, height, null, 0, width));
        } catch (IOException e) {
            throw new DeviceException(DeviceError.DOCUMENT_NOT_PDF, "page 1 cannot be drawn: " + e.getMessage(), e);
        }
    }
}
