package id.anjungan.village.contract;

import static id.anjungan.village.VillageHttp.form;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.anjungan.village.VillageHttp.Reply;
import id.anjungan.village.pdf.ExternalTool;
import id.anjungan.village.pdf.PdfaValidation;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A request's whole life: the resident asks, the operator previews and signs, the letter PDF is made
 * with its number and QR, the resident finds it in the arsip and downloads it, and the QR's address
 * answers. Checked with the independent tools of TEST-RIGS.md.
 */
class LetterLifecycleIT extends ContractTestBase {

    @TempDir
    Path work;

    private String submit(String token, String namaUsaha) {
        Reply r = http.postForm("/api/v1/layanan-mandiri/surat/surat-keterangan-usaha/permohonan", token,
                SuratIT.usahaRequest(namaUsaha));
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return r.json().at("/data/id").asText();
    }

    private Reply operator(String id, int status, String alasan) {
        String body = alasan == null ? "{\"status\":" + status + "}"
                : "{\"status\":" + status + ",\"alasan\":\"" + alasan + "\"}";
        return http.postJson("/operator/api/permohonan/" + id + "/status", null, body);
    }

    private String qrOnFirstPage(Path pdf) throws Exception {
        ExternalTool.run(work, "pdftoppm", "-r", "150", "-f", "1", "-l", "1", "-png", pdf.toString(), "page");
        try (var files = Files.list(work)) {
            Path png = files.filter(f -> f.getFileName().toString().matches("page-?\\d*\\.png")).findFirst()
                    .orElseThrow(() -> new AssertionError("pdftoppm wrote no page"));
            return ExternalTool.run(work, "zbarimg", "-q", "--raw", png.toString()).strip();
        }
    }

    private JsonNode arsipOf(String token) {
        Reply r = http.get("/api/v1/layanan-mandiri/surat/arsip?sort=-id", token);
        assertThat(r.status()).isEqualTo(200);
        return r.json();
    }

    private Path download(String token, String arsipId) throws Exception {
        Reply r = http.get("/api/v1/layanan-mandiri/surat/" + arsipId + "/unduh", token);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Disposition")).startsWith("attachment");
        Path pdf = work.resolve("surat-" + arsipId + ".pdf");
        Files.write(pdf, r.body());
        return pdf;
    }

    @Test
    void aSignedLetterIsInTheArsipAsAPdfWhoseQrOpensTheVerificationPage() throws Exception {
        String token = http.login(JOKO, "161803");
        String id = submit(token, "Bengkel Las Joko");

        assertThat(operator(id, 2, null).json().at("/data/status").asInt()).isEqualTo(2);
        JsonNode signed = operator(id, 3, null).json().get("data");
        assertThat(signed.get("status").asInt()).isEqualTo(3);

        JsonNode status = http.get("/api/v1/layanan-mandiri/surat/permohonan?filter[id]=" + id, token).json();
        assertThat(status.at("/data/0/attributes/status").asText()).isEqualTo("Siap Diambil");
        JsonNode arsip = arsipOf(token).at("/data/0");
        assertThat(arsip.get("type").asText()).isEqualTo("arsip");
        assertThat(arsip.at("/attributes/tte").asInt()).isEqualTo(1);
        assertThat(arsip.at("/attributes/jenis_surat").asText()).isEqualTo("Keterangan Usaha");
        assertThat(arsip.at("/attributes/nomor_surat").asText()).as("the raw sequence number").matches("\\d+");
        assertThat(arsip.at("/attributes/tanggal").asText()).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
        assertThat(arsip.at("/attributes/file").asText()).startsWith("ftp://").endsWith(".pdf");

        Path pdf = download(token, arsip.get("id").asText());
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes());
        var pdfa = PdfaValidation.validate(Files.readAllBytes(pdf));
        assertThat(pdfa.isCompliant()).as("veraPDF PDF/A-2b of the served letter:%n%s", PdfaValidation.failures(pdfa)).isTrue();
        String text = ExternalTool.pdfToText(work, pdf);
        String nomor = signed.get("nomor_surat").asText();
        assertThat(nomor).matches("500/\\d{3}/3301052007/(I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)/\\d{4}");
        assertThat(text).contains("SURAT KETERANGAN USAHA").contains(nomor).contains("JOKO SUSILO")
                .contains("3301051111700011").contains("Bengkel Las Joko");

        String url = qrOnFirstPage(pdf);
        assertThat(url).isEqualTo(http.base() + signed.get("verifikasi").asText());
        Reply page = http.send(HttpRequest.newBuilder(java.net.URI.create(url)).GET().build());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains(nomor).contains("JOKO SUSILO").contains("terdaftar").doesNotContain("3301051111700011");
        Reply json = http.get(url.substring(http.base().length()), null);
        assertThat(json.json().at("/data/attributes/nomor_surat").asText()).isEqualTo(nomor);
    }

    @Test
    void lettersOfOneTypeAreNumberedInAYearlySequence() {
        String token = http.login(NUR, "271828");
        String first = operator(submit(token, "Toko Satu"), 3, null).json().at("/data/nomor_surat").asText();
        String second = operator(submit(token, "Toko Dua"), 3, null).json().at("/data/nomor_surat").asText();

        int a = Integer.parseInt(first.split("/")[1]);
        int b = Integer.parseInt(second.split("/")[1]);
        assertThat(b).isEqualTo(a + 1);
    }

    @Test
    void theOperatorFollowsOpenSidsAllowedMoves() {
        String token = http.login(NUR, "271828");
        String id = submit(token, "Toko Tiga");

        Reply skip = operator(id, 4, null);
        Reply noReason = operator(id, 5, null);
        Reply incomplete = operator(id, 0, "Lampirkan pengantar RT yang terbaru");

        assertThat(skip.status()).isEqualTo(409);
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(incomplete.status()).isEqualTo(200);
        assertThat(http.get("/api/v1/layanan-mandiri/surat/permohonan?filter[id]=" + id, token).json()
                .at("/data/0/attributes/status").asText()).isEqualTo("Belum Lengkap");
        assertThat(operator(id, 5, "Berkas tidak dilengkapi").status()).isEqualTo(200);
        assertThat(http.get("/api/v1/layanan-mandiri/surat/permohonan?filter[status]=5", token).json()
                .at("/data/0/id").asText()).isEqualTo(id);
        assertThat(operator(id, 3, null).status()).as("a rejected request stays rejected").isEqualTo(409);
    }

    @Test
    void aCollectedLetterIsSudahDiambil() {
        String token = http.login(NUR, "271828");
        String id = submit(token, "Toko Empat");
        operator(id, 3, null);

        assertThat(operator(id, 4, null).json().at("/data/status_label").asText()).isEqualTo("Sudah Diambil");
    }

    @Test
    void aLetterWhoseFileWentMissingDownloadsAsAnEmpty200AndHasNoFileInTheArsip() {
        String token = http.login(NUR, "271828");
        String arsipId = operator(submit(token, "Toko Hilang"), 3, null).json().at("/data/arsip_id").asText();

        assertThat(http.send(http.request("/operator/api/arsip/" + arsipId + "/berkas", null).DELETE().build()).status())
                .isEqualTo(200);

        Reply r = http.get("/api/v1/layanan-mandiri/surat/" + arsipId + "/unduh", token);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).isEmpty();
        JsonNode listed = http.get("/api/v1/layanan-mandiri/surat/arsip?filter[id]=" + arsipId, token).json();
        assertThat(listed.at("/data/0/attributes/file").isNull()).isTrue();
    }

    @Test
    void anUnknownLetterIdIsEloquentsNotFound() {
        Reply r = http.get("/api/v1/layanan-mandiri/surat/987654/unduh", http.login(NUR, "271828"));

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().get("message").asText()).isEqualTo("No query results for model [App\\Models\\LogSurat] 987654");
    }

    @Test
    void biodataIsAPdfOfTheResidentsOwnData() throws Exception {
        Reply r = http.get("/api/v1/layanan-mandiri/cetak/biodata", http.login(JOKO, "161803"));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(r.header("Content-Disposition")).contains("biodata_");
        Path pdf = work.resolve("biodata.pdf");
        Files.write(pdf, r.body());
        assertThat(ExternalTool.pdfToText(work, pdf)).contains("JOKO SUSILO").contains("3301051111700011");
    }

    @Test
    void theFamilyCardCopyIsALandscapeA4ListingTheFamily() throws Exception {
        Reply r = http.get("/api/v1/layanan-mandiri/cetak/kartu-keluarga", http.login(BUDI, "123456"));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Disposition")).contains("salinan_kk.pdf");
        Path pdf = work.resolve("kk.pdf");
        Files.write(pdf, r.body());
        assertThat(ExternalTool.pdfToText(work, pdf)).contains("3301050101090001").contains("BUDI SANTOSO")
                .contains("SITI AMINAH").contains("RIZKY PRATAMA").contains("AYU LESTARI");
        assertThat(ExternalTool.run(work, "pdfinfo", pdf.toString()))
                .containsPattern("Page size:\\s+841\\.89 x 595\\.2\\d* pts \\(A4\\)");
    }

    @Test
    void theOperatorPageShowsEachRequestWithTheButtonsItsStatusAllows() {
        submit(http.login(JOKO, "161803"), "Toko Halaman");

        Reply page = http.send(HttpRequest.newBuilder(java.net.URI.create(http.base() + "/operator")).GET().build());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("JOKO SUSILO").contains("Tandatangani (TTE)");
        Reply viaForm = http.send(http.request("/operator/permohonan/99999/status", null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(id.anjungan.village.VillageHttp.encode(form("status", "2"))))
                .build());
        assertThat(viaForm.status()).isEqualTo(303);
        assertThat(viaForm.header("Location")).contains("pesan=Tidak");
    }
}
