package id.anjungan.device.escpos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.anjungan.device.api.Alignment;
import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;
import id.anjungan.device.api.MonochromeImage;
import id.anjungan.device.api.Receipt;
import id.anjungan.device.api.TextStyle;
import id.anjungan.device.rig.Tickets;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class ReceiptEncoderTest {

    private static byte[] hex(String spaced) {
        return HexFormat.of().parseHex(spaced.replace(" ", ""));
    }

    private static String ascii(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    @Test
    void jobStartsWithInitializeAndCodePage() {
        byte[] job = new ReceiptEncoder(EscPosSettings.defaults()).encode(Receipt.builder().line("A").build());

        assertThat(job).isEqualTo(hex("1B 40 1B 74 00 41 0A"));
    }

    @Test
    void styleCommandsAreSentOnlyWhenTheStyleChanges() {
        TextStyle big = TextStyle.NORMAL.aligned(Alignment.CENTER).emphasised().size(2, 2);
        Receipt receipt = Receipt.builder().line("A", big).line("B", big).line("C").build();

        byte[] job = new ReceiptEncoder(EscPosSettings.defaults()).encode(receipt);

        assertThat(job).isEqualTo(hex("1B 40 1B 74 00 1B 61 01 1B 45 01 1D 21 11 41 0A 42 0A 1B 61 00 1B 45 00 1D 21 00 43 0A"));
    }

    @Test
    void separatorFillsTheColumnsOfThePaper() {
        Receipt receipt = Receipt.builder().separator('-').build();

        String on58 = ascii(new ReceiptEncoder(EscPosSettings.defaults()).encode(receipt));
        String on80 = ascii(new ReceiptEncoder(EscPosSettings.defaults().withPaper(PaperWidth.MM80)).encode(receipt));
        String on80narrow = ascii(new ReceiptEncoder(EscPosSettings.defaults().withPaper(PaperWidth.MM80_42)).encode(receipt));

        assertThat(on58).contains("-".repeat(32) + "\n").doesNotContain("-".repeat(33));
        assertThat(on80).contains("-".repeat(48) + "\n").doesNotContain("-".repeat(49));
        assertThat(on80narrow).contains("-".repeat(42) + "\n").doesNotContain("-".repeat(43));
    }

    @Test
    void doubleWidthTextWrapsAtHalfTheColumns() {
        Receipt receipt = Receipt.builder().line("ABCD EFGH IJKL MNOP QRST", TextStyle.NORMAL.size(2, 1)).build();

        String job = ascii(new ReceiptEncoder(EscPosSettings.defaults()).encode(receipt));

        assertThat(job).contains("ABCD EFGH IJKL\nMNOP QRST\n");
    }

    @Test
    void nativeQrIsModelSizeCorrectionStoreAndPrint() {
        byte[] job = new ReceiptEncoder(EscPosSettings.defaults()).encode(Receipt.builder().qr("AB").build());

        assertThat(job).isEqualTo(hex("1B 40 1B 74 00 1B 61 01"
                + " 1D 28 6B 04 00 31 41 32 00"
                + " 1D 28 6B 03 00 31 43 06"
                + " 1D 28 6B 03 00 31 45 31"
                + " 1D 28 6B 05 00 31 50 30 41 42"
                + " 1D 28 6B 03 00 31 51 30"));
    }

    @Test
    void rasterQrIsARasterImageAndNoQrCommand() {
        EscPosSettings settings = EscPosSettings.defaults().withQrMode(QrMode.RASTER);

        byte[] job = new ReceiptEncoder(settings).encode(Receipt.builder().qr(Tickets.CLAIM_CODE).build());

        String text = ascii(job);
        assertThat(text).contains("\u001Dv0").doesNotContain("\u001D(k");
        // version 1 (21 modules) at 6 dots: 126 dots = 16 bytes per row, 126 rows
        assertThat(text).contains("\u001Dv0\u0000\u0010\u0000\u007E\u0000");
    }

    @Test
    void logoIsSentAsRasterWithItsAlignment() {
        MonochromeImage logo = new MonochromeImage(8, 2, hex("F0 0F"));

        byte[] job = new ReceiptEncoder(EscPosSettings.defaults()).encode(Receipt.builder().logo(logo, Alignment.RIGHT).build());

        assertThat(job).isEqualTo(hex("1B 40 1B 74 00 1B 61 02 1D 76 30 00 01 00 02 00 F0 0F"));
    }

    @Test
    void cutUsesTheConfiguredFeed() {
        byte[] job = new ReceiptEncoder(EscPosSettings.defaults()).encode(Receipt.builder().feed(2).cut(false).build());

        assertThat(job).isEqualTo(hex("1B 40 1B 74 00 1B 64 02 1D 56 41 00"));
    }

    @Test
    void logoWiderThanThePaperIsAnInvalidDocument() {
        MonochromeImage wide = new MonochromeImage(400, 1, new byte[50]);
        Receipt receipt = Receipt.builder().logo(wide, Alignment.CENTER).build();

        assertThatThrownBy(() -> new ReceiptEncoder(EscPosSettings.defaults()).encode(receipt))
                .isInstanceOfSatisfying(DeviceException.class,
                        e -> assertThat(e.error()).isEqualTo(DeviceError.PRINTER_INVALID_DOCUMENT));
    }

    @Test
    void qrPayloadTooLongForAnySymbolIsAnInvalidDocument() {
        Receipt receipt = Receipt.builder().qr("x".repeat(ReceiptEncoder.MAX_QR_BYTES + 1)).build();

        assertThatThrownBy(() -> new ReceiptEncoder(EscPosSettings.defaults()).encode(receipt))
                .isInstanceOfSatisfying(DeviceException.class,
                        e -> assertThat(e.error()).isEqualTo(DeviceError.PRINTER_INVALID_DOCUMENT));
    }

    @Test
    void nonAsciiTextIsTransliteratedBeforeWrapping() {
        Receipt receipt = Receipt.builder().line("Café “Kopi” — Rp 5.000").build();

        String job = ascii(new ReceiptEncoder(EscPosSettings.defaults()).encode(receipt));

        assertThat(job).endsWith("Caf\u0082 \"Kopi\" - Rp 5.000\n");
    }
}
