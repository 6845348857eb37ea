package id.anjungan.backend.opensid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.anjungan.backend.BackendError;
import id.anjungan.backend.BackendException;
import id.anjungan.backend.BackendSettings;
import id.anjungan.backend.PdfDocument;
import id.anjungan.backend.Session;
import id.anjungan.backend.letter.ArchivedLetter;
import id.anjungan.backend.letter.SignatureState;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OpenSidApiClientArchiveTest {

    private static final String ARCHIVE = "/api/v1/layanan-mandiri/surat/arsip";
    private static final String UNDUH = "/api/v1/layanan-mandiri/surat/881/unduh";
    private static final byte[] PDF = Fixtures.bytes("surat.pdf");

    private final FixtureServer server = new FixtureServer();
    private final OpenSidApiClient client = TestClients.client(server);
    private Session session;
    private ArchivedLetter signed;

    @BeforeEach
    void logInAndReadTheArchive() {
        session = TestClients.loggedIn(server, client);
        server.onJson("GET", ARCHIVE, 200, "arsip.json");
        signed = client.archive(session).get(0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theArchiveReadsSignatureStateFileAndLocalDate() {
        List<ArchivedLetter> letters = client.archive(session);

        assertThat(letters).extracting(ArchivedLetter::id).containsExactly("881", "880", "879", "878");
        assertThat(letters).extracting(ArchivedLetter::signature)
                .containsExactly(SignatureState.SIGNED, SignatureState.WAITING, SignatureState.NONE, SignatureState.SIGNED);
        assertThat(letters).extracting(ArchivedLetter::printable).containsExactly(true, false, false, false);
        assertThat(letters.get(0).issuedAt()).isEqualTo(LocalDateTime.of(2024, 10, 1, 10, 12));
        assertThat(letters.get(0).number()).isEqualTo("12");
        assertThat(letters.get(2).issuedAt()).isNull();
    }

    @Test
    void downloadReturnsTheCheckedPdfWithItsFileName() {
        server.on("GET", UNDUH, request -> FixtureServer.raw(200, "application/pdf", PDF)
                .header("Content-Disposition", "attachment; filename=\"../../surat_ket_usaha.pdf\""));

        PdfDocument pdf = client.downloadLetter(session, signed);

        assertThat(pdf.bytes()).isEqualTo(PDF);
        assertThat(pdf.fileName()).isEqualTo("surat_ket_usaha.pdf");
        assertThat(server.requestsTo(UNDUH).get(0).header("Accept")).isEqualTo("application/json");
    }

    @Test
    void anEmptyDownloadIsAMissingLetterNotAnEmptyOne() {
        server.on("GET", UNDUH, request -> FixtureServer.raw(200, "application/octet-stream", new byte[0]));

        assertThatThrownBy(() -> client.downloadLetter(session, signed))
                .isInstanceOfSatisfying(BackendException.class, failure -> {
                    assertThat(failure.error()).isEqualTo(BackendError.NOT_FOUND);
                    assertThat(failure.detail()).contains("empty body");
                });
    }

    @Test
    void aDownloadThatIsNotAPdfNeverReachesThePrinter() {
        server.on("GET", UNDUH, request -> FixtureServer.raw(200, "text/html", Fixtures.bytes("captive-portal.html")));

        assertThatThrownBy(() -> client.downloadLetter(session, signed))
                .isInstanceOfSatisfying(BackendException.class, failure -> {
                    assertThat(failure.error()).isEqualTo(BackendError.PROTOCOL);
                    assertThat(failure.detail()).contains("%PDF-");
                });
    }

    @Test
    void aTruncatedPdfNeverReachesThePrinter() {
        server.on("GET", UNDUH, request -> FixtureServer.raw(200, "application/pdf", Arrays.copyOf(PDF, PDF.length - 40)));

        assertThatThrownBy(() -> client.downloadLetter(session, signed))
                .isInstanceOfSatisfying(BackendException.class, failure -> {
                    assertThat(failure.error()).isEqualTo(BackendError.PROTOCOL);
                    assertThat(failure.detail()).contains("truncated");
                });
    }

    @Test
    void aPdfOverTheSizeLimitIsRefused() {
        BackendSettings small = TestClients.settings(server.baseUrl()).withLimits(64 * 1024, 4 * 1024, 20);
        OpenSidApiClient strict = new OpenSidApiClient(small);
        Session strictSession = TestClients.loggedIn(server, strict);
        byte[] big = Arrays.copyOf(PDF, 8 * 1024);
        System.arraycopy(PDF, 0, big, big.length - PDF.length, PDF.length);
        server.on("GET", UNDUH, request -> FixtureServer.raw(200, "application/pdf", big));

        assertThatThrownBy(() -> strict.downloadLetter(strictSession, signed))
                .isInstanceOfSatisfying(BackendException.class, failure -> {
                    assertThat(failure.error()).isEqualTo(BackendError.PROTOCOL);
                    assertThat(failure.detail()).contains("limit");
                });
    }

    @Test
    void anUnknownArchiveIdIsNotFound() {
        server.onJson("GET", "/api/v1/layanan-mandiri/surat/99999/unduh", 404, "not-found.json");
        ArchivedLetter unknown = new ArchivedLetter("99999", "1", "X", "Y", null, SignatureState.SIGNED, true);

        assertThatThrownBy(() -> client.downloadLetter(session, unknown))
                .isInstanceOfSatisfying(BackendException.class,
                        failure -> assertThat(failure.error()).isEqualTo(BackendError.NOT_FOUND));
    }

    @Test
    void biodataAndFamilyCardArePdfs() {
        server.on("GET", "/api/v1/layanan-mandiri/cetak/biodata", request -> FixtureServer.raw(200, "application/pdf", PDF)
                .header("Content-Disposition", "attachment; filename=\"biodata_BUDI SANTOSO.pdf\""));
        server.on("GET", "/api/v1/layanan-mandiri/cetak/kartu-keluarga", request -> FixtureServer.raw(200, "application/pdf", PDF));

        assertThat(client.biodata(session).fileName()).isEqualTo("biodata_BUDI SANTOSO.pdf");
        assertThat(client.familyCard(session).fileName()).isEqualTo("salinan_kk.pdf");
    }

    @Test
    void aPrintTheServerCouldNotRenderIsUnavailable() {
        server.onJson("GET", "/api/v1/layanan-mandiri/cetak/kartu-keluarga", 400, "cetak-400.json");

        assertThatThrownBy(() -> client.familyCard(session))
                .isInstanceOfSatisfying(BackendException.class,
                        failure -> assertThat(failure.error()).isEqualTo(BackendError.UNAVAILABLE));
    }
}
