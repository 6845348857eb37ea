package id.anjungan.village.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A letter whose fields are far longer than a page: it must wrap inside the margins and run on. */
class LetterLayoutTest {

    private static final String LAST_WORDS = "AKHIR-KETERANGAN-PANJANG";
    private static final String UNBROKEN = "https://sukamaju.desa.id/" + "lampiran".repeat(20);

    @TempDir
    static Path dir;
    static byte[] pdf;
    static Path file;
    static int pages;

    @BeforeAll
    static void renderOnce() throws Exception {
        String story = "Usaha warung makan dan toko kelontong yang dirintis sejak tahun 2010 di rumah sendiri. ".repeat(90)
                + LAST_WORDS;
        LetterContent surat = VillageFixtures.usaha(List.of(
                new LetterField("Keterangan usaha", story),
                new LetterField("Alamat web", UNBROKEN),
                new LetterField("Daftar barang", "Beras\nMinyak goreng\nGula pasir")), "23 Desember 2026");
        pdf = new LetterPdfRenderer().render(VillageFixtures.sukamaju(), VillageFixtures.ratna(), surat);
        file = ExternalTool.write(dir, "long.pdf", pdf);
        pages = PageGeometry.pageCount(pdf);
    }

    @Test
    void longFieldContinuesOnFollowingPages() throws Exception {
        assertThat(pages).isGreaterThanOrEqualTo(2);
        String first = ExternalTool.pdfToText(dir, file, 1, 1);
        String rest = ExternalTool.pdfToText(dir, file, 2, pages);

        assertThat(first).contains("SURAT KETERANGAN USAHA").doesNotContain(LAST_WORDS);
        assertThat(rest).contains(LAST_WORDS).contains("Pindai untuk memeriksa keaslian surat");
    }

    @Test
    void everyCharacterStaysInsideTheMargins() throws Exception {
        PageGeometry.Bounds bounds = PageGeometry.textBounds(pdf);

        assertThat(bounds.minX()).isGreaterThanOrEqualTo(Margins.LETTER.left() - 0.5f);
        assertThat(bounds.maxX()).isLessThanOrEqualTo(bounds.pageWidth() - Margins.LETTER.right() + 0.5f);
        assertThat(bounds.minY()).isGreaterThanOrEqualTo(Margins.LETTER.bottom() / 2f - 3f);
    }

    @Test
    void wordLongerThanALineIsCutRatherThanOverflowing() throws Exception {
        String text = LetterPdfRendererTest.oneLine(ExternalTool.pdfToText(dir, file)).replace(" ", "");

        assertThat(text).contains(UNBROKEN);
    }

    @Test
    void lineBreaksInsideAFieldAreKept() throws Exception {
        String text = ExternalTool.pdfToText(dir, file);

        assertThat(text).containsPattern("Daftar barang +: Beras\\R +Minyak goreng\\R +Gula pasir");
    }

    @Test
    void everyPageIsNumbered() throws Exception {
        String text = ExternalTool.pdfToText(dir, file);

        for (int page = 1; page <= pages; page++) {
            assertThat(text).contains("Halaman " + page + " dari " + pages);
        }
    }

    @Test
    void closingSentenceStaysOnThePageOfTheSignature() throws Exception {
        String last = ExternalTool.pdfToText(dir, file, pages, pages);

        assertThat(LetterPdfRendererTest.oneLine(last)).contains(LetterPdfRenderer.CLOSING).contains("Suparman");
    }
}
