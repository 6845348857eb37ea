package id.anjungan.device.escpos.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.anjungan.device.api.MonochromeImage;
import org.junit.jupiter.api.Test;

/** {@code GS v 0}, byte-exact from the reference. */
class RasterImageCommandTest {

    @Test
    void headerCountsBytesPerRowAndRowsLittleEndianThenTheData() {
        // 10 dots wide: 2 bytes per row; 3 rows
        MonochromeImage image = new MonochromeImage(10, 3, Hex.bytes("FF C0 80 40 00 00"));

        assertThat(new RasterImageCommand(image).bytes())
                .isEqualTo(Hex.bytes("1D 76 30 00 02 00 03 00 FF C0 80 40 00 00"));
    }

    @Test
    void tallImageUsesTheHighByteOfTheRowCount() {
        MonochromeImage image = new MonochromeImage(8, 300, new byte[300]);

        assertThat(new RasterImageCommand(image).bytes()).startsWith(Hex.bytes("1D 76 30 00 01 00 2C 01"));
    }

    @Test
    void imageTallerThanTheReferenceAllowsIsRefused() {
        MonochromeImage image = new MonochromeImage(8, RasterImageCommand.MAX_ROWS + 1, new byte[RasterImageCommand.MAX_ROWS + 1]);

        assertThatThrownBy(() -> new RasterImageCommand(image)).isInstanceOf(IllegalArgumentException.class);
    }
}
