package id.anjungan.device.a4;

import static id.anjungan.device.a4.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.device.api.DeviceError;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PdfInspectorTest {

    private final PdfInspector inspector = new PdfInspector(new PdfLimits(200_000, 3));

    @Test
    void saneLetterPassesWithItsPageCount() {
        assertThat(inspector.check(TestPdfs.pages(2, "Surat"))).isEqualTo(2);
    }

    @Test
    void bytesWithoutThePdfSignatureAreNotAPdf() {
        assertRefused(() -> inspector.check("<html>Surat</html>".getBytes(StandardCharsets.US_ASCII)), DeviceError.DOCUMENT_NOT_PDF);
    }

    @Test
    void signatureFollowedByGarbageIsNotAPdf() {
        byte[] corrupt = "%PDF-1.7\n this is not a PDF body at all".getBytes(StandardCharsets.US_ASCII);

        assertRefused(() -> inspector.check(corrupt), DeviceError.DOCUMENT_NOT_PDF);
    }

    @Test
    void truncatedPdfIsNotAPdf() {
        byte[] letter = TestPdfs.letter("Surat");
        byte[] truncated = Arrays.copyOf(letter, letter.length / 3);

        assertRefused(() -> inspector.check(truncated), DeviceError.DOCUMENT_NOT_PDF);
    }

    @Test
    void fileOverTheSizeLimitIsRefusedBeforeParsing() {
        byte[] big = new byte[200_001];
        byte[] signature = "%PDF-".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(signature, 0, big, 0, signature.length);

        assertRefused(() -> inspector.check(big), DeviceError.DOCUMENT_TOO_LARGE);
    }

    @Test
    void documentOverThePageLimitIsRefused() {
        assertRefused(() -> inspector.check(TestPdfs.pages(4, "Surat")), DeviceError.DOCUMENT_TOO_MANY_PAGES);
    }

    @Test
    void signatureAfterALeadingJunkLineIsAccepted() {
        byte[] letter = TestPdfs.letter("Surat");
        byte[] prefixed = new byte[letter.length + 3];
        prefixed[0] = (byte) 0xEF;
        prefixed[1] = (byte) 0xBB;
        prefixed[2] = (byte) 0xBF;
        System.arraycopy(letter, 0, prefixed, 3, letter.length);

        assertThat(PdfInspector.hasSignature(prefixed)).isTrue();
    }
}
