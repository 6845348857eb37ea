package id.anjungan.backend.opensid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.anjungan.backend.BackendError;
import id.anjungan.backend.BackendException;
import id.anjungan.backend.Session;
import id.anjungan.backend.letter.FieldOption;
import id.anjungan.backend.letter.FieldType;
import id.anjungan.backend.letter.FormField;
import id.anjungan.backend.letter.LetterForm;
import id.anjungan.backend.letter.LetterType;
import id.anjungan.backend.letter.Requirement;
import id.anjungan.backend.letter.RequirementChoice;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OpenSidApiClientLetterCatalogueTest {

    private static final String PATH = "/api/v1/layanan-mandiri/surat/jenis-permohonan";

    private final FixtureServer server = new FixtureServer();
    private final OpenSidApiClient client = TestClients.client(server);
    private Session session;

    @BeforeEach
    void serveTwoPages() {
        session = TestClients.loggedIn(server, client);
        server.on("GET", PATH, request -> FixtureServer.json(200,
                "2".equals(request.query().get("page[number]")) ? "jenis-permohonan-page2.json" : "jenis-permohonan-page1.json"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void followsThePagesToTheEnd() {
        List<LetterType> letters = client.letterTypes(session);

        assertThat(letters).extracting(LetterType::id).containsExactly("192", "201", "205");
        assertThat(server.requestsTo(PATH)).extracting(request -> request.query().get("page[number]")).containsExactly("1", "2");
        assertThat(server.requestsTo(PATH).get(0).query()).containsEntry("page[size]", "100");
    }

    @Test
    void typesTheFieldsOfAForm() {
        LetterType usaha = client.letterTypes(session).get(0);

        assertThat(usaha.code()).isEqualTo("500");
        assertThat(usaha.slug()).isEqualTo("surat-keterangan-usaha");
        LetterForm form = usaha.letterForm().orElseThrow();
        assertThat(form.fields()).extracting(FormField::name)
                .containsExactly("nama_usaha", "keperluan", "alasan_permohonan", "mulai_usaha", "keterangan", "no_hp_aktif");
        assertThat(form.fields().get(0)).isEqualTo(new FormField(FieldType.TEXT, "nama_usaha", "Nama Usaha", true,
                "Masukkan Nama / Jenis usaha", List.of()));
        assertThat(form.fields().get(3).type()).isEqualTo(FieldType.DATE);
        assertThat(form.fields().get(3).required()).isTrue();
        assertThat(form.fields().get(4).placeholder()).isEmpty();
        assertThat(form.fields().get(4).required()).isFalse();
    }

    @Test
    void selectFieldsCarryTheirOptions() {
        FormField reason = client.letterTypes(session).get(0).letterForm().orElseThrow().fields().get(2);

        assertThat(reason.type()).isEqualTo(FieldType.SELECT);
        assertThat(reason.options()).containsExactly(
                new FieldOption("KARENA MEMBENTUK RUMAH TANGGA BARU", "KARENA MEMBENTUK RUMAH TANGGA BARU"),
                new FieldOption("LAINNYA", "LAINNYA"));
    }

    @Test
    void theSyaratSelectBecomesRequirementsWithTheResidentsDocumentsAndBringingThePaper() {
        List<Requirement> requirements = client.letterTypes(session).get(0).letterForm().orElseThrow().requirements();

        assertThat(requirements).extracting(Requirement::id).containsExactly("1", "3");
        assertThat(requirements.get(0).name()).isEqualTo("Surat Pengantar RT/RW");
        assertThat(requirements.get(0).choices()).containsExactly(
                RequirementChoice.document("17", "Pengantar RT"),
                RequirementChoice.document("12", "Pengantar RT lama"),
                RequirementChoice.BRING_PAPER);
        assertThat(requirements.get(1).choices()).containsExactly(RequirementChoice.BRING_PAPER);
        assertThat(RequirementChoice.BRING_PAPER.value()).isEqualTo("-1");
    }

    @Test
    void aNullFormSuratIsALetterWithoutAForm() {
        LetterType pindah = client.letterTypes(session).get(1);

        assertThat(pindah.name()).isEqualTo("Keterangan Pindah Penduduk");
        assertThat(pindah.letterForm()).isEmpty();
    }

    @Test
    void aFormSentAsAPhpObjectIsReadInOrderAndUnknownTypesAndNamelessFieldsAreSurvived() {
        LetterForm form = client.letterTypes(session).get(2).letterForm().orElseThrow();

        assertThat(form.fields()).extracting(FormField::name)
                .containsExactly("hari_tanggal_meninggal", "jam_meninggal", "tanda_tangan_pelapor");
        assertThat(form.fields()).extracting(FormField::type)
                .containsExactly(FieldType.DAY_DATE, FieldType.TIME, FieldType.UNKNOWN);
        assertThat(form.fields().get(0).required()).isTrue();
        assertThat(form.fields().get(1).required()).isFalse();
        assertThat(form.requirements()).isEmpty();
    }

    @Test
    void aServerThatNeverStopsPagingIsCutOffAtTheCap() {
        server.on("GET", PATH, request -> FixtureServer.raw(200, "application/json", endlessPage(request.query().get("page[number]"))));

        assertThatThrownBy(() -> client.letterTypes(session))
                .isInstanceOfSatisfying(BackendException.class, failure -> {
                    assertThat(failure.error()).isEqualTo(BackendError.PROTOCOL);
                    assertThat(failure.detail()).contains("20 pages");
                });
        assertThat(server.requestsTo(PATH)).hasSize(20);
    }

    @Test
    void aServerThatIgnoresThePageNumberIsAProtocolError() {
        server.onJson("GET", PATH, 200, "jenis-permohonan-page1.json");

        assertThatThrownBy(() -> client.letterTypes(session))
                .isInstanceOfSatisfying(BackendException.class, failure -> {
                    assertThat(failure.error()).isEqualTo(BackendError.PROTOCOL);
                    assertThat(failure.detail()).contains("asked for page 2 but got page 1");
                });
    }

    private static byte[] endlessPage(String page) {
        return ("{\"data\":[{\"type\":\"jenis-surat\",\"id\":\"" + page + "\",\"attributes\":{\"slug\":\"s-" + page
                + "\",\"form_surat\":null}}],\"meta\":{\"pagination\":{\"current_page\":" + page
                + ",\"total_pages\":100000}}}").getBytes();
    }
}
