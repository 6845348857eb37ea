package id.anjungan.village.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FamilyCardPdfRendererTest {

    @TempDir
    static Path dir;
    static byte[] pdf;
    static Path file;
    static String text;

    @BeforeAll
    static void renderOnce() throws Exception {
        // the child first: the head of the family is found by relationship, not by position
        pdf = new FamilyCardPdfRenderer().render(VillageFixtures.sukamaju(), VillageFixtures.NO_KK,
                List.of(VillageFixtures.bagus(), VillageFixtures.ratna()));
        file = ExternalTool.write(dir, "kk.pdf", pdf);
        text = ExternalTool.pdfToText(dir, file);
    }

    @Test
    void pageIsA4Landscape() throws Exception {
        assertThat(ExternalTool.run(dir, "pdfinfo", file.toString())).contains("Page size:       841.89 x 595.276 pts (A4)");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page = document.getPage(0);
            assertThat(Math.round(page.getMediaBox().getWidth())).isEqualTo(842);
            assertThat(Math.round(page.getMediaBox().getHeight())).isEqualTo(595);
            assertThat(page.getRotation()).isZero();
        }
    }

    @Test
    void titleNumberAndHeadOfFamilyHeadTheCard() {
        assertThat(text).containsSubsequence("SALINAN KARTU KELUARGA", "No. " + VillageFixtures.NO_KK);
        assertThat(text).containsPattern("Nama Kepala Keluarga +: Ratna Sari Wulandari")
                .containsPattern("Desa/Kelurahan +: Sukamaju")
                .containsPattern("Kabupaten/Kota +: Cilacap");
    }

    @Test
    void tableListsEveryMemberInTheGivenOrder() {
        assertThat(text).containsSubsequence("Bagus Pratama", VillageFixtures.NIK_BAGUS, "01-07-2005",
                "Ratna Sari Wulandari", VillageFixtures.NIK_RATNA, "12-03-1980");
    }

    @Test
    void tableHasAllThirteenColumnHeaders() {
        String flat = LetterPdfRendererTest.oneLine(text);
        assertThat(FamilyTable.headers()).hasSize(13);
        for (String header : List.of("No", "Nama Lengkap", "NIK", "Jenis", "Kelamin", "Tempat Lahir", "Tanggal", "Agama",
                "Pendidikan", "Jenis Pekerjaan", "Status", "Perkawinan", "Hubungan", "Nama Ayah", "Nama Ibu")) {
            assertThat(flat).contains(header);
        }
    }

    @Test
    void tableFitsThePageWidth() throws Exception {
        PageGeometry.Bounds bounds = PageGeometry.textBounds(pdf);

        assertThat(bounds.minX()).isGreaterThanOrEqualTo(Margins.WIDE_TABLE.left() - 0.5f);
        assertThat(bounds.maxX()).isLessThanOrEqualTo(bounds.pageWidth() - Margins.WIDE_TABLE.right() + 0.5f);
    }

    @Test
    void copyStatesItDoesNotReplaceTheOfficialCard() {
        assertThat(LetterPdfRendererTest.oneLine(text)).contains(FamilyCardPdfRenderer.NOTE);
    }

    @Test
    void largeFamilyRunsOntoMorePagesWithTheHeaderRepeated() throws Exception {
        List<ResidentData> many = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            many.add(VillageFixtures.bagus());
        }
        byte[] big = new FamilyCardPdfRenderer().render(VillageFixtures.sukamaju(), VillageFixtures.NO_KK, many);
        Path bigFile = ExternalTool.write(dir, "big.pdf", big);
        int pages = PageGeometry.pageCount(big);

        assertThat(pages).isGreaterThanOrEqualTo(2);
        for (int page = 1; page <= pages; page++) {
            assertThat(ExternalTool.pdfToText(dir, bigFile, page, page)).contains("Nama Lengkap")
                    .contains("Halaman " + page + " dari " + pages);
        }
        assertThat(ExternalTool.pdfToText(dir, bigFile, pages, pages)).contains("Suparman");
    }

    @Test
    void missingValuesPrintAsDash() throws Exception {
        byte[] sparse = new FamilyCardPdfRenderer().render(VillageFixtures.sukamaju(), VillageFixtures.NO_KK,
                List.of(VillageFixtures.sparse(VillageFixtures.NIK_BAGUS, "Bagus")));

        String sparseText = ExternalTool.pdfToText(dir, ExternalTool.write(dir, "sparse.pdf", sparse));

        assertThat(sparseText).containsPattern("1 +Bagus +" + VillageFixtures.NIK_BAGUS + "( +-){10}");
    }

    @Test
    void familyWithoutMembersIsRejected() {
        assertThatThrownBy(() -> new FamilyCardPdfRenderer().render(VillageFixtures.sukamaju(), VillageFixtures.NO_KK,
                List.of())).isInstanceOf(PdfRenderException.class).hasMessageContaining("at least one member");
    }

    @Test
    void emptyMemberEntryIsRejected() {
        List<ResidentData> withHole = Arrays.asList(VillageFixtures.ratna(), null);

        assertThatThrownBy(() -> new FamilyCardPdfRenderer().render(VillageFixtures.sukamaju(), VillageFixtures.NO_KK,
                withHole)).isInstanceOf(PdfRenderException.class).hasMessageContaining("no empty entries");
    }

    @Test
    void blankFamilyCardNumberIsRejected() {
        assertThatThrownBy(() -> new FamilyCardPdfRenderer().render(VillageFixtures.sukamaju(), " ",
                List.of(VillageFixtures.ratna()))).isInstanceOf(PdfRenderException.class).hasMessageContaining("noKk");
    }

    @Test
    void firstMemberHeadsTheFamilyWhenNoneIsRecordedAsHead() {
        ResidentData first = VillageFixtures.sparse(VillageFixtures.NIK_BAGUS, "Bagus");

        assertThat(FamilyCardPdfRenderer.headOfFamily(List.of(first, VillageFixtures.bagus()))).isSameAs(first);
    }
}
