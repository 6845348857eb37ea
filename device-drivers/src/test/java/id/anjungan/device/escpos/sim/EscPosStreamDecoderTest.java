package id.anjungan.device.escpos.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The simulator's decoder, fed bytes written by hand from the reference (never by the encoder). */
class EscPosStreamDecoderTest {

    private static List<PrinterOp> decode(String spacedHex) throws IOException {
        EscPosStreamDecoder decoder = new EscPosStreamDecoder(
                new ByteArrayInputStream(HexFormat.of().parseHex(spacedHex.replace(" ", ""))));
        List<PrinterOp> ops = new ArrayList<>();
        PrinterOp op;
        while ((op = decoder.next()) != null) {
            ops.add(op);
        }
        return ops;
    }

    @Test
    void textAndLineFeed() throws IOException {
        assertThat(decode("48 69 0A")).containsExactly(
                new PrinterOp.Character('H'), new PrinterOp.Character('i'), new PrinterOp.LineFeed());
    }

    @Test
    void modeCommands() throws IOException {
        assertThat(decode("1B 40 1B 61 01 1B 45 01 1D 21 33 1B 74 13")).containsExactly(
                new PrinterOp.Reset(), new PrinterOp.Justify(1), new PrinterOp.Bold(true),
                new PrinterOp.Magnify(4, 4), new PrinterOp.CodeTable(19));
    }

    @Test
    void feedAndBothCutForms() throws IOException {
        assertThat(decode("1B 64 03 1D 56 42 10 1D 56 41 00 1D 56 31 1D 56 00")).containsExactly(
                new PrinterOp.FeedLines(3), new PrinterOp.Cut(true, 16), new PrinterOp.Cut(false, 0),
                new PrinterOp.Cut(true, 0), new PrinterOp.Cut(false, 0));
    }

    @Test
    void qrStoreCarriesItsPayload() throws IOException {
        List<PrinterOp> ops = decode("1D 28 6B 06 00 31 50 30 41 42 43");

        assertThat(ops).singleElement().isInstanceOfSatisfying(PrinterOp.QrFunction.class, qr -> {
            assertThat(qr.function()).isEqualTo(80);
            assertThat(qr.parameters()).containsExactly(0x30, 'A', 'B', 'C');
        });
    }

    @Test
    void rasterDataIsNotMistakenForCommands() throws IOException {
        // the image data holds "1B 40" and "10 04 01", which must stay data
        List<PrinterOp> ops = decode("1D 76 30 00 02 00 02 00 1B 40 10 04 41 0A");

        assertThat(ops).hasSize(3);
        assertThat(ops.get(0)).isInstanceOfSatisfying(PrinterOp.Raster.class, r -> {
            assertThat(r.bytesPerRow()).isEqualTo(2);
            assertThat(r.rows()).isEqualTo(2);
            assertThat(r.data()).containsExactly(0x1B, 0x40, 0x10, 0x04);
        });
        assertThat(ops.subList(1, 3)).containsExactly(new PrinterOp.Character('A'), new PrinterOp.LineFeed());
    }

    @Test
    void statusRequests() throws IOException {
        assertThat(decode("10 04 01 10 04 04 1D 72 01")).containsExactly(
                new PrinterOp.StatusRequest(1), new PrinterOp.StatusRequest(4), new PrinterOp.TransmitStatus(1));
    }

    @Test
    void unknownBytesAreReportedAndDecodingGoesOn() throws IOException {
        assertThat(decode("00 1B FE 41")).containsExactly(
                new PrinterOp.Unknown(0x00), new PrinterOp.Unknown(0xFE), new PrinterOp.Character('A'));
    }

    @Test
    void streamEndingInsideACommandIsAnEndOfFile() {
        assertThatThrownBy(() -> decode("1D 76 30 00 02 00 02 00 FF")).isInstanceOf(EOFException.class);
    }
}
