package id.anjungan.backend.opensid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.anjungan.backend.BackendError;
import id.anjungan.backend.BackendException;
import id.anjungan.backend.Session;
import id.anjungan.backend.letter.LetterRequest;
import id.anjungan.backend.letter.LetterRequestDraft;
import id.anjungan.backend.letter.RequestStatus;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OpenSidApiClientRequestsTest {

    private static final String SUBMIT = "/api/v1/layanan-mandiri/surat/surat-keterangan-usaha/permohonan";
    private static final String LIST = "/api/v1/layanan-mandiri/surat/permohonan";

    private final FixtureServer server = new FixtureServer();
    private final OpenSidApiClient client = TestClients.client(server);
    private Session session;

    @BeforeEach
    void logIn() {
        session = TestClients.loggedIn(server, client);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void submitSendsIdSuratTopLevelFieldsAndJsonStringsForIsianFormAndSyarat() throws Exception {
        server.onJson("POST", SUBMIT, 200, "permohonan-created.json");

        client.submitRequest(session, draft());

        Map<String, String> form = server.requestsTo(SUBMIT).get(0).form();
        assertThat(form).containsEntry("id_surat", "192")
                .containsEntry("nama_usaha", "Toko Sembako Berkah")
                .containsEntry("keperluan", "Kredit usaha")
                .containsEntry("no_hp_aktif", "081234567890");
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(form.get("isian_form")).get("nama_usaha").asText()).isEqualTo("Toko Sembako Berkah");
        assertThat(json.readTree(form.get("syarat")).get("1").asText()).isEqualTo("17");
        assertThat(json.readTree(form.get("syarat")).get("3").asText()).isEqualTo("-1");
        assertThat(server.requestsTo(SUBMIT).get(0).header("Content-Type")).startsWith("application/x-www-form-urlencoded");
    }

    @Test
    void submitReturnsTheCreatedRequestBeingChecked() {
        server.onJson("POST", SUBMIT, 200, "permohonan-created.json");

        LetterRequest created = client.submitRequest(session, draft());

        assertThat(created.id()).isEqualTo("63");
        assertThat(created.status()).isEqualTo(RequestStatus.SEDANG_DIPERIKSA);
        assertThat(created.submittedAt()).isEqualTo(Instant.parse("2024-10-06T02:15:00Z"));
    }

    @Test
    void submitIsSentOnceEvenWhenTheServerFails() {
        server.onJson("POST", SUBMIT, 502, "server-error.json");

        assertThatThrownBy(() -> client.submitRequest(session, draft()))
                .isInstanceOfSatisfying(BackendException.class,
                        failure -> assertThat(failure.error()).isEqualTo(BackendError.UNAVAILABLE));
        assertThat(server.requestsTo(SUBMIT)).hasSize(1);
    }

    @Test
    void aRefusedSubmitIsValidationWithTheFieldMessages() {
        server.onJson("POST", SUBMIT, 422, "permohonan-422.json");

        assertThatThrownBy(() -> client.submitRequest(session, draft()))
                .isInstanceOfSatisfying(BackendException.class, failure -> {
                    assertThat(failure.error()).isEqualTo(BackendError.VALIDATION);
                    assertThat(failure.fieldErrors()).containsEntry("nama_usaha", List.of("Kolom nama usaha wajib diisi."))
                            .containsKey("syarat");
                });
    }

    @Test
    void aSubmitTheServerCouldNotInsertIsValidation() {
        server.onJson("POST", SUBMIT, 400, "permohonan-400.json");

        assertThatThrownBy(() -> client.submitRequest(session, draft()))
                .isInstanceOfSatisfying(BackendException.class,
                        failure -> assertThat(failure.error()).isEqualTo(BackendError.VALIDATION));
    }

    @Test
    void myRequestsMapsEveryLabelToItsCodeAcrossPagesAndKeepsUnknownLabels() {
        server.on("GET", LIST, request -> FixtureServer.json(200, "permohonan-page" + request.query().get("page[number]") + ".json"));

        List<LetterRequest> requests = client.myRequests(session);

        assertThat(requests).extracting(LetterRequest::id).containsExactly("62", "61", "60", "59", "58", "57", "51");
        assertThat(requests).extracting(request -> request.status().code()).containsExactly(0, 1, 2, 3, 4, 5, -1);
        assertThat(requests.get(6).status()).isEqualTo(RequestStatus.UNKNOWN);
        assertThat(requests.get(6).statusLabel()).isEqualTo("Diteruskan ke Kecamatan");
        assertThat(server.requestsTo(LIST).get(0).query()).containsEntry("sort", "-id");
    }

    @Test
    void aTimestampThatIsNotIsoIsLeftEmptyRatherThanFailingTheList() {
        server.on("GET", LIST, request -> FixtureServer.json(200, "permohonan-page" + request.query().get("page[number]") + ".json"));

        List<LetterRequest> requests = client.myRequests(session);

        assertThat(requests.get(4).submittedAt()).isNull();
        assertThat(requests.get(6).submittedAt()).isNull();
    }

    @Test
    void cancelPutsToTheRequest() {
        server.onJson("PUT", "/api/v1/layanan-mandiri/surat/61/permohonan", 200, "cancel-ok.json");

        client.cancelRequest(session, "61");

        assertThat(server.requestsTo("/api/v1/layanan-mandiri/surat/61/permohonan")).extracting(FixtureServer.Recorded::method)
                .containsExactly("PUT");
    }

    @Test
    void cancellingARequestThatIsNotCancellableIsNotFound() {
        server.onJson("PUT", "/api/v1/layanan-mandiri/surat/59/permohonan", 400, "cancel-400.json");

        assertThatThrownBy(() -> client.cancelRequest(session, "59"))
                .isInstanceOfSatisfying(BackendException.class,
                        failure -> assertThat(failure.error()).isEqualTo(BackendError.NOT_FOUND));
    }

    private static LetterRequestDraft draft() {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("nama_usaha", "Toko Sembako Berkah");
        answers.put("keperluan", "Kredit usaha");
        answers.put("keterangan", "");
        answers.put("no_hp_aktif", "081234567890");
        Map<String, String> requirements = new LinkedHashMap<>();
        requirements.put("1", "17");
        requirements.put("3", "-1");
        return new LetterRequestDraft("192", "surat-keterangan-usaha", answers, requirements);
    }
}
