package id.anjungan.village.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BiodataPdfRendererTest {

    private static final Clock PRINTED = Clock.fixed(Instant.parse("2026-11-23T03:00:00Z"), ZoneId.of("Asia/Jakarta"));

    @TempDir
    static Path dir;
    static Path file;
    static String text;

    @BeforeAll
    static void renderOnce() throws Exception {
        byte[] pdf = new BiodataPdfRenderer(PRINTED).render(VillageFixtures.sukamaju(), VillageFixtures.ratna());
        file = ExternalTool.write(dir, "biodata.pdf", pdf);
        text = ExternalTool.pdfToText(dir, file);
    }

    @Test
    void titleFollowsTheLetterhead() {
        assertThat(text).containsSubsequence("PEMERINTAH KABUPATEN CILACAP", "DESA SUKAMAJU",
                "BIODATA PENDUDUK WARGA NEGARA INDONESIA");
    }

    @Test
    void personalParentAndAddressSectionsListTheResidentsData() {
        assertThat(text).containsSubsequence("A. DATA PERSONAL", "Ratna Sari Wulandari", VillageFixtures.NIK_RATNA,
                VillageFixtures.NO_KK, "B. DATA ORANG TUA", "Sutrisno", "Sumiyati", "C. DATA ALAMAT", "Jl. Melati No. 5");
        assertThat(text).containsPattern("Tanggal Lahir +: 12 Maret 1980")
                .containsPattern("Golongan Darah +: ?O")
                .containsPattern("Hubungan dalam Keluarga +: Kepala Keluarga")
                .containsPattern("Pendidikan Terakhir +: SLTA/Sederajat")
                .containsPattern("RT/RW +: 001/002")
                .containsPattern("Provinsi +: Jawa Tengah");
    }

    @Test
    void signedByTheVillageHeadOnThePrintingDate() {
        assertThat(text).containsSubsequence("Sukamaju, 23 November 2026", "Kepala Desa Sukamaju", "Suparman");
    }

    @Test
    void pageIsA4Portrait() throws Exception {
        assertThat(ExternalTool.run(dir, "pdfinfo", file.toString())).contains("Page size:       595.276 x 841.89 pts (A4)");
    }

    @Test
    void missingValuesPrintAsDash() throws Exception {
        byte[] pdf = new BiodataPdfRenderer(PRINTED).render(VillageFixtures.sukamaju(),
                VillageFixtures.sparse(VillageFixtures.NIK_BAGUS, "Bagus"));

        String sparse = ExternalTool.pdfToText(dir, ExternalTool.write(dir, "sparse.pdf", pdf));

        assertThat(sparse).containsPattern("Nama Ayah +: ?-\\R").containsPattern("Tanggal Lahir +: ?-\\R")
                .containsPattern("RT/RW +: -/-");
    }

    @Test
    void missingResidentIsRejected() {
        assertThatThrownBy(() -> new BiodataPdfRenderer().render(VillageFixtures.sukamaju(), null))
                .isInstanceOf(PdfRenderException.class).hasMessageContaining("resident");
    }
}
