package id.anjungan.device.a4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;
import id.anjungan.device.api.RasterImage;
import org.junit.jupiter.api.Test;

class PagePreviewTest {

    private final PagePreview preview = new PagePreview(new PdfInspector(PdfLimits.DEFAULT));

    @Test
    void portraitA4PageRendersAtScreenResolution() {
        RasterImage image = preview.firstPage(TestPdfs.letter("Surat Keterangan"));

        assertThat(image.width()).isEqualTo(793);
        assertThat(image.height()).isEqualTo(1122);
    }

    @Test
    void landscapePageRendersWiderThanTall() {
        RasterImage image = preview.firstPage(TestPdfs.familyCard("Kartu Keluarga"));

        assertThat(image.width()).isEqualTo(1122);
        assertThat(image.height()).isEqualTo(793);
    }

    @Test
    void drawnBoxIsBlackAndMarginIsWhite() {
        // the test letter fills a 200 x 40 pt box at (72, 72) pt from the bottom left
        RasterImage image = preview.firstPage(TestPdfs.letter("Surat"));
        int boxX = (int) ((72 + 100) * 96 / 72.0);
        int boxY = image.height() - (int) ((72 + 20) * 96 / 72.0);

        assertThat(image.pixel(boxX, boxY)).isEqualTo(0xFF000000);
        assertThat(image.pixel(10, 10)).isEqualTo(0xFFFFFFFF);
    }

    @Test
    void corruptPdfHasNoPreview() {
        assertThatThrownBy(() -> preview.firstPage("%PDF-1.4 broken".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
                .isInstanceOfSatisfying(DeviceException.class, e -> assertThat(e.error()).isEqualTo(DeviceError.DOCUMENT_NOT_PDF));
    }
}
