package id.anjungan.village.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class VillageLogoTest {

    @Test
    void pngHasTheRequestedSizeAndNoAlphaChannel() throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(VillageLogo.png(128)));

        assertThat(image.getWidth()).isEqualTo(128);
        assertThat(image.getHeight()).isEqualTo(128);
        assertThat(image.getColorModel().hasAlpha()).isFalse();
    }

    @Test
    void emblemIsAGreenDiscOnWhite() throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(VillageLogo.png(200)));

        assertThat(new Color(image.getRGB(2, 2))).isEqualTo(Color.WHITE);
        Color inside = new Color(image.getRGB(100, 20));
        assertThat(inside.getGreen()).isGreaterThan(inside.getRed() + 30).isGreaterThan(inside.getBlue() + 30);
    }

    @Test
    void sizesOutsideTheSupportedRangeAreRejected() {
        assertThatThrownBy(() -> VillageLogo.png(VillageLogo.MIN_SIZE - 1)).isInstanceOf(PdfRenderException.class)
                .hasMessageContaining("logo size");
        assertThatThrownBy(() -> VillageLogo.png(VillageLogo.MAX_SIZE + 1)).isInstanceOf(PdfRenderException.class)
                .hasMessageContaining("logo size");
    }
}
