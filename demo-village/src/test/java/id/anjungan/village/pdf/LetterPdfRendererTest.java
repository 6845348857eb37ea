package id.anjungan.village.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One ordinary letter, rendered once, read back by poppler and zbar. */
class LetterPdfRendererTest {

    @TempDir
    static Path dir;
    static byte[] pdf;
    static Path file;
    static String text;

    @BeforeAll
    static void renderOnce() throws Exception {
        pdf = new LetterPdfRenderer().render(VillageFixtures.sukamaju(), VillageFixtures.ratna(), VillageFixtures.usaha());
        file = ExternalTool.write(dir, "letter.pdf", pdf);
        text = ExternalTool.pdfToText(dir, file);
    }

    @Test
    void titleNumberResidentAndFieldsReadInLetterOrder() {
        assertThat(text).containsSubsequence("SURAT KETERANGAN USAHA", "Nomor: " + VillageFixtures.NOMOR,
                "Ratna Sari Wulandari", VillageFixtures.NIK_RATNA, VillageFixtures.BUSINESS);
    }

    @Test
    void letterheadNamesKabupatenKecamatanAndDesaAboveTheTitle() {
        assertThat(text).containsSubsequence("PEMERINTAH KABUPATEN CILACAP", "KECAMATAN KEDUNGREJA", "DESA SUKAMAJU",
                "Jl. Raya Sukamaju No. 1, Kode Pos 53263, Telepon (0282) 123456", "SURAT KETERANGAN USAHA");
    }

    @Test
    void openingSentenceNamesTheSigningVillageHead() {
        assertThat(oneLine(text)).contains("Yang bertanda tangan di bawah ini Kepala Desa Sukamaju, Kecamatan Kedungreja,"
                + " Kabupaten Cilacap, menerangkan dengan sebenarnya bahwa:");
    }

    @Test
    void residentRowsAlignLabelsAndValues() {
        assertThat(text).containsPattern("Tempat/Tanggal Lahir +: Cilacap, 12 Maret 1980")
                .containsPattern("Status Perkawinan +: Kawin")
                .containsPattern("Kewarganegaraan +: WNI")
                .containsPattern("Alamat +: Jl\\. Melati No\\. 5, RT 001/RW 002, Dusun Krajan");
    }

    @Test
    void validityDateIsPrintedWhenGiven() {
        assertThat(text).containsPattern("Berlaku sampai +: 23 Desember 2026");
    }

    @Test
    void closingPlaceDateSignerAndQrCaptionFollowTheFields() {
        assertThat(oneLine(text)).containsSubsequence(VillageFixtures.BUSINESS,
                "Demikian surat keterangan ini dibuat untuk dapat dipergunakan sebagaimana mestinya.",
                "Sukamaju, 23 November 2026", "Kepala Desa Sukamaju", "Pindai untuk memeriksa keaslian surat", "Suparman");
    }

    @Test
    void qrCodeDecodesToExactlyTheVerificationUrl() throws Exception {
        ExternalTool.run(dir, "pdftoppm", "-r", "150", "-png", "-f", "1", "-l", "1", file.toString(), "page");

        String decoded = ExternalTool.run(dir, "zbarimg", "-q", "--raw", dir.resolve("page-1.png").toString());

        assertThat(decoded.strip()).isEqualTo(VillageFixtures.VERIFICATION_URL);
    }

    @Test
    void pageIsA4Portrait() throws Exception {
        assertThat(ExternalTool.run(dir, "pdfinfo", file.toString())).contains("Page size:       595.276 x 841.89 pts (A4)")
                .contains("Pages:           1");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDRectangle box = document.getPage(0).getMediaBox();
            assertThat(List.of(Math.round(box.getWidth()), Math.round(box.getHeight()))).containsExactly(595, 842);
        }
    }

    @Test
    void everyFontIsEmbedded() throws Exception {
        String fonts = ExternalTool.run(dir, "pdffonts", file.toString());

        assertThat(fonts).contains("DejaVuSans-Bold", "DejaVuSans");
        assertThat(fonts.lines().skip(2)).isNotEmpty().allSatisfy(line -> assertThat(line).contains(" yes "));
    }

    @Test
    void documentInformationMatchesTheLetter() throws Exception {
        assertThat(ExternalTool.run(dir, "pdfinfo", file.toString()))
                .contains("Title:           Surat Keterangan Usaha " + VillageFixtures.NOMOR)
                .contains("Author:          Pemerintah Desa Sukamaju")
                .contains("PDF version:     1.7");
    }

    @Test
    void validityLineIsLeftOutWhenNotGiven() throws Exception {
        byte[] withoutValidity = new LetterPdfRenderer().render(VillageFixtures.sukamaju(), VillageFixtures.ratna(),
                VillageFixtures.usaha(List.of(new LetterField("Nama Usaha", VillageFixtures.BUSINESS)), null));

        String plain = ExternalTool.pdfToText(dir, ExternalTool.write(dir, "no-validity.pdf", withoutValidity));

        assertThat(plain).contains(VillageFixtures.BUSINESS).doesNotContain("Berlaku sampai");
    }

    /** The text with its line breaks and runs of spaces folded, to match sentences that wrap. */
    static String oneLine(String layoutText) {
        return layoutText.replaceAll("\\s+", " ");
    }
}
