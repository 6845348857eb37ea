package id.anjungan.village.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a letter does with missing, blank and unusual input. */
class LetterInputTest {

    private final LetterPdfRenderer renderer = new LetterPdfRenderer();

    @TempDir
    Path dir;

    @Test
    void missingOptionalResidentValuesPrintAsDash() throws Exception {
        ResidentData sparse = VillageFixtures.sparse(VillageFixtures.NIK_RATNA, "Ratna");

        String text = textOf(renderer.render(VillageFixtures.sukamaju(), sparse, VillageFixtures.usaha()));

        assertThat(text).containsPattern("Tempat/Tanggal Lahir +: ?-\\R")
                .containsPattern("Jenis Kelamin +: ?-\\R")
                .containsPattern("Status Perkawinan +: ?-\\R")
                .containsPattern("Pekerjaan +: ?-\\R")
                .containsPattern("Alamat +: Desa Sukamaju, Kecamatan Kedungreja");
    }

    @Test
    void blankFieldValuesAndLabelsPrintAsDash() throws Exception {
        LetterContent surat = VillageFixtures.usaha(Arrays.asList(new LetterField("Nama Usaha", "  "),
                new LetterField(null, "Tanpa label"), null, new LetterField("Keperluan", null)), null);

        String text = textOf(renderer.render(VillageFixtures.sukamaju(), VillageFixtures.ratna(), surat));

        assertThat(text).containsPattern("Nama Usaha +: ?-\\R").containsPattern("- +: Tanpa label")
                .containsPattern("Keperluan +: ?-\\R");
    }

    @Test
    void missingOptionalVillageValuesDoNotStopTheLetter() throws Exception {
        VillageIdentity bare = new VillageIdentity("Sukamaju", null, null, null, null, null, null, null, null, null, null);

        String text = textOf(renderer.render(bare, VillageFixtures.ratna(), VillageFixtures.usaha()));

        assertThat(text).contains("PEMERINTAH KABUPATEN -", "DESA SUKAMAJU", "SURAT KETERANGAN USAHA");
    }

    @Test
    void punctuationAndDiacriticsBeyondAsciiRenderAsWritten() throws Exception {
        ResidentData warga = VillageFixtures.ratna();
        ResidentData unusual = new ResidentData(warga.nik(), "Ratna Sari’s Wulandari", "Ngasem Lor – Kulon Progo",
                warga.tanggalLahir(), warga.jenisKelamin(), warga.agama(), warga.statusKawin(), warga.pendidikan(),
                "Pengrajin batik “Sekar Jagad”", warga.wargaNegara(), warga.golonganDarah(), "Jl. Ké Séno No. 7",
                warga.rt(), warga.rw(), "Ngasem Lor", warga.noKk(), warga.hubunganKeluarga(), warga.namaAyah(),
                warga.namaIbu());

        String text = textOf(renderer.render(VillageFixtures.sukamaju(), unusual, VillageFixtures.usaha()));

        assertThat(text).contains("Ratna Sari’s Wulandari", "Ngasem Lor – Kulon Progo, 12 Maret 1980",
                "Pengrajin batik “Sekar Jagad”", "Jl. Ké Séno No. 7");
    }

    @Test
    void charactersTheFontLacksPrintAsQuestionMarks() throws Exception {
        LetterContent surat = VillageFixtures.usaha(List.of(new LetterField("Nama Usaha", "Toko 中 Jaya")), null);

        String text = textOf(renderer.render(VillageFixtures.sukamaju(), VillageFixtures.ratna(), surat));

        assertThat(text).contains("Toko ? Jaya");
    }

    @Test
    void missingVillageIsRejected() {
        assertThatThrownBy(() -> renderer.render(null, VillageFixtures.ratna(), VillageFixtures.usaha()))
                .isInstanceOf(PdfRenderException.class).hasMessageContaining("village identity");
    }

    @Test
    void blankVillageNameIsRejected() {
        VillageIdentity nameless = new VillageIdentity(" ", null, null, null, null, null, null, null, null, null, null);

        assertThatThrownBy(() -> renderer.render(nameless, VillageFixtures.ratna(), VillageFixtures.usaha()))
                .isInstanceOf(PdfRenderException.class).hasMessageContaining("namaDesa");
    }

    @Test
    void missingResidentIsRejected() {
        assertThatThrownBy(() -> renderer.render(VillageFixtures.sukamaju(), null, VillageFixtures.usaha()))
                .isInstanceOf(PdfRenderException.class).hasMessageContaining("resident");
    }

    @Test
    void missingContentIsRejected() {
        assertThatThrownBy(() -> renderer.render(VillageFixtures.sukamaju(), VillageFixtures.ratna(), null))
                .isInstanceOf(PdfRenderException.class).hasMessageContaining("letter content");
    }

    @Test
    void blankVerificationUrlIsRejected() {
        LetterContent surat = new LetterContent("S-12", "Surat Keterangan Usaha", VillageFixtures.NOMOR,
                LocalDate.of(2026, 11, 23), List.of(), null, " ");

        assertThatThrownBy(() -> renderer.render(VillageFixtures.sukamaju(), VillageFixtures.ratna(), surat))
                .isInstanceOf(PdfRenderException.class).hasMessageContaining("verification URL");
    }

    @Test
    void blankNumberIsRejected() {
        LetterContent surat = new LetterContent("S-12", "Surat Keterangan Usaha", "", LocalDate.of(2026, 11, 23),
                List.of(), null, VillageFixtures.VERIFICATION_URL);

        assertThatThrownBy(() -> renderer.render(VillageFixtures.sukamaju(), VillageFixtures.ratna(), surat))
                .isInstanceOf(PdfRenderException.class).hasMessageContaining("nomorSurat");
    }

    @Test
    void missingDateIsRejected() {
        LetterContent surat = new LetterContent("S-12", "Surat Keterangan Usaha", VillageFixtures.NOMOR, null,
                List.of(), null, VillageFixtures.VERIFICATION_URL);

        assertThatThrownBy(() -> renderer.render(VillageFixtures.sukamaju(), VillageFixtures.ratna(), surat))
                .isInstanceOf(PdfRenderException.class).hasMessageContaining("tanggal");
    }

    @Test
    void rejectionMessageNeverContainsTheNik() {
        assertThatThrownBy(() -> renderer.render(VillageFixtures.sukamaju(), VillageFixtures.ratna(), null))
                .isInstanceOf(PdfRenderException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(VillageFixtures.NIK_RATNA));
    }

    private String textOf(byte[] pdf) throws Exception {
        return ExternalTool.pdfToText(dir, ExternalTool.write(dir, "letter.pdf", pdf));
    }
}
