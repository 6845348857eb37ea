package id.anjungan.backend.opensid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.anjungan.backend.BackendError;
import id.anjungan.backend.BackendException;
import id.anjungan.backend.HealthReport;
import id.anjungan.backend.LoginResult;
import id.anjungan.backend.Nik;
import id.anjungan.backend.PdfDocument;
import id.anjungan.backend.Pin;
import id.anjungan.backend.Session;
import id.anjungan.backend.VillageProfile;
import id.anjungan.backend.letter.ArchivedLetter;
import id.anjungan.backend.letter.FormField;
import id.anjungan.backend.letter.LetterForm;
import id.anjungan.backend.letter.LetterRequest;
import id.anjungan.backend.letter.LetterRequestDraft;
import id.anjungan.backend.letter.LetterType;
import id.anjungan.backend.letter.RequestStatus;
import id.anjungan.backend.letter.Requirement;
import id.anjungan.backend.letter.RequirementChoice;
import id.anjungan.backend.letter.SignatureState;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client against demo-village over real HTTP, demo-village running as its own process. Each test uses its own
 * seeded resident, so lockouts, PIN changes and requests never leak from one test into another.
 */
class OpenSidApiClientDemoVillageIT {

    private static final String USAHA = "surat-keterangan-usaha";

    @TempDir
    static Path workDir;

    private static DemoVillageProcess village;
    private static OpenSidApiClient client;
    private static OperatorApi operator;

    @BeforeAll
    static void startDemoVillage() throws Exception {
        village = DemoVillageProcess.start(workDir);
        client = new OpenSidApiClient(TestClients.settings(village.baseUrl())
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(20)));
        operator = new OperatorApi(village.baseUrl());
    }

    @AfterAll
    static void stopDemoVillage() throws Exception {
        if (village != null) {
            village.close();
        }
    }

    @Test
    void theWholeResidentJourney() throws Exception {
        VillageProfile profile = client.villageProfile();
        assertThat(profile.villageName()).isEqualTo("Sukamaju");

        LoginResult login = client.login(Nik.of("3301051203800001"), Pin.of("123456"));
        assertThat(login.mustChangePin()).isFalse();
        assertThat(login.resident().name()).isEqualTo("BUDI SANTOSO");
        assertThat(login.resident().tag()).contains("1234567890");
        Session session = login.session();

        LetterType usaha = letter(session, USAHA);
        LetterForm form = usaha.letterForm().orElseThrow();
        assertThat(form.requirements()).isNotEmpty();
        Requirement first = form.requirements().get(0);
        assertThat(first.choices()).hasSizeGreaterThan(1).last().isEqualTo(RequirementChoice.BRING_PAPER);

        Map<String, String> requirements = new LinkedHashMap<>();
        form.requirements().forEach(requirement -> requirements.put(requirement.id(), RequirementChoice.BRING_PAPER_VALUE));
        requirements.put(first.id(), first.choices().get(0).value());
        LetterRequest sent = client.submitRequest(session, LetterRequestDraft.of(usaha, answers(form), requirements));
        assertThat(sent.status()).isEqualTo(RequestStatus.SEDANG_DIPERIKSA);
        assertThat(statusOf(session, sent.id())).isEqualTo(RequestStatus.SEDANG_DIPERIKSA);

        operator.move(sent.id(), 2);
        assertThat(statusOf(session, sent.id())).isEqualTo(RequestStatus.MENUNGGU_TANDATANGAN);
        operator.move(sent.id(), 3);
        assertThat(statusOf(session, sent.id())).isEqualTo(RequestStatus.SIAP_DIAMBIL);

        ArchivedLetter issued = archived(session, operator.request(sent.id()).path("arsip_id").asText());
        assertThat(issued.printable()).isTrue();
        PdfDocument letter = client.downloadLetter(session, issued);
        assertThat(new String(letter.bytes(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(client.biodata(session).size()).isPositive();
        assertThat(client.familyCard(session).size()).isPositive();

        client.logout(session);
        assertError(() -> client.myRequests(session), BackendError.UNAUTHENTICATED);
    }

    @Test
    void aRequestIsCancelledOnceAndThenNoLongerFound() {
        Session session = client.login(Nik.of("3301053006900007"), Pin.of("135790")).session();
        LetterType usaha = letter(session, USAHA);
        LetterRequest sent = client.submitRequest(session, LetterRequestDraft.of(usaha, answers(usaha.letterForm().orElseThrow()),
                bringEverything(usaha)));

        client.cancelRequest(session, sent.id());

        assertThat(statusOf(session, sent.id())).isEqualTo(RequestStatus.DIBATALKAN);
        assertError(() -> client.cancelRequest(session, sent.id()), BackendError.NOT_FOUND);
        client.logout(session);
    }

    @Test
    void aRequestWithoutItsRequiredFieldsIsValidationNamingThem() {
        Session session = client.login(Nik.of("3301053006900007"), Pin.of("135790")).session();
        LetterType usaha = letter(session, USAHA);

        BackendException failure = assertError(() -> client.submitRequest(session,
                LetterRequestDraft.of(usaha, Map.of(), Map.of())), BackendError.VALIDATION);

        assertThat(failure.fieldErrors()).containsKeys("nama_usaha", "keperluan");
        client.logout(session);
    }

    @Test
    void aLetterWhoseFileWentMissingIsNotFoundRatherThanAnEmptyPdf() throws Exception {
        Session session = client.login(Nik.of("3301054909620006"), Pin.of("222333")).session();
        LetterType usaha = letter(session, USAHA);
        LetterRequest sent = client.submitRequest(session, LetterRequestDraft.of(usaha, answers(usaha.letterForm().orElseThrow()),
                bringEverything(usaha)));
        operator.move(sent.id(), 2);
        operator.move(sent.id(), 3);
        String archiveId = operator.request(sent.id()).path("arsip_id").asText();
        ArchivedLetter issued = archived(session, archiveId);

        operator.loseLetterFile(archiveId);

        assertThat(archived(session, archiveId).fileAvailable()).isFalse();
        assertError(() -> client.downloadLetter(session, issued), BackendError.NOT_FOUND);
        client.logout(session);
    }

    @Test
    void anUnknownArchiveIdIsNotFound() {
        Session session = client.login(Nik.of("3301054909620006"), Pin.of("222333")).session();
        ArchivedLetter unknown = new ArchivedLetter("987654", "1", "x", "x", null,
                SignatureState.SIGNED, true);

        assertError(() -> client.downloadLetter(session, unknown), BackendError.NOT_FOUND);
        client.logout(session);
    }

    @Test
    void aWrongPinIsWrongCredentials() {
        assertError(() -> client.login(Nik.of("3301055408950008"), Pin.of("111111")), BackendError.WRONG_CREDENTIALS);
    }

    @Test
    void repeatedWrongPinsLockTheResidentOutWithTheServersWait() {
        Nik hendra = Nik.of("3301052112870009");
        BackendException last = null;
        for (int attempt = 0; attempt < 7 && (last == null || last.error() != BackendError.LOCKED_OUT); attempt++) {
            last = assertError(() -> client.login(hendra, Pin.of("000000")), null);
        }

        assertThat(last.error()).isEqualTo(BackendError.LOCKED_OUT);
        assertThat(last.retryAfter()).hasValueSatisfying(wait -> assertThat(wait).isBetween(Duration.ofMinutes(50),
                Duration.ofHours(1)));
        assertError(() -> client.login(hendra, Pin.of("314159")), BackendError.LOCKED_OUT);
    }

    @Test
    void aResidentWhoMustChangeThePinCanDoNothingElseUntilItIsChanged() {
        LoginResult login = client.login(Nik.of("3301050101550005"), Pin.of("654321"));
        assertThat(login.mustChangePin()).isTrue();
        assertError(() -> client.letterTypes(login.session()), BackendError.MUST_CHANGE_PIN);
        assertError(() -> client.changePin(login.session(), Pin.of("111111"), Pin.of("975310"), Pin.of("975310")),
                BackendError.WRONG_OLD_PIN);
        assertError(() -> client.changePin(login.session(), Pin.of("654321"), Pin.of("654321"), Pin.of("654321")),
                BackendError.VALIDATION);

        Session changed = client.changePin(login.session(), Pin.of("654321"), Pin.of("975310"), Pin.of("975310"));

        assertThat(client.letterTypes(changed)).isNotEmpty();
        client.logout(changed);
        assertThat(client.login(Nik.of("3301050101550005"), Pin.of("975310")).mustChangePin()).isFalse();
    }

    @Test
    void thePremiumGatesPassThroughIsUnavailable() throws Exception {
        operator.premiumGateDown(true);
        try {
            BackendException failure = assertError(client::villageProfile, BackendError.UNAVAILABLE);
            assertThat(failure.detail()).contains("503");
        } finally {
            operator.premiumGateDown(false);
        }
        assertThat(client.villageProfile().villageName()).isEqualTo("Sukamaju");
    }

    @Test
    void theHealthCheckReportsHealthyAndIsThrottledLikeOpenSid() {
        HealthReport report = client.health();
        assertThat(report.healthy()).isTrue();
        assertThat(report.villageCode()).isNotBlank();

        BackendException throttled = null;
        for (int call = 0; call < 7 && throttled == null; call++) {
            try {
                client.health();
            } catch (BackendException failure) {
                throttled = failure;
            }
        }

        assertThat(throttled).isNotNull();
        assertThat(throttled.error()).isEqualTo(BackendError.UNAVAILABLE);
    }

    private static LetterType letter(Session session, String slug) {
        return client.letterTypes(session).stream().filter(type -> type.slug().equals(slug)).findFirst()
                .orElseThrow(() -> new AssertionError("demo-village offers no " + slug));
    }

    private static RequestStatus statusOf(Session session, String requestId) {
        return client.myRequests(session).stream().filter(request -> request.id().equals(requestId)).findFirst()
                .orElseThrow(() -> new AssertionError("request " + requestId + " is not in my requests")).status();
    }

    private static ArchivedLetter archived(Session session, String archiveId) {
        return client.archive(session).stream().filter(letter -> letter.id().equals(archiveId)).findFirst()
                .orElseThrow(() -> new AssertionError("archive " + archiveId + " is not in the resident's archive"));
    }

    /** A plausible answer for every field, as a resident would type or pick it. */
    private static Map<String, String> answers(LetterForm form) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (FormField field : form.fields()) {
            switch (field.type()) {
                case SELECT:
                    answers.put(field.name(), field.options().isEmpty() ? "" : field.options().get(0).value());
                    break;
                case NUMBER:
                    answers.put(field.name(), field.name().equals("no_hp_aktif") ? "081227100001" : "5");
                    break;
                case DATE:
                    answers.put(field.name(), "2020-01-15");
                    break;
                default:
                    answers.put(field.name(), "Isian " + field.label());
                    break;
            }
        }
        return answers;
    }

    private static Map<String, String> bringEverything(LetterType type) {
        Map<String, String> requirements = new LinkedHashMap<>();
        type.letterForm().orElseThrow().requirements()
                .forEach(requirement -> requirements.put(requirement.id(), RequirementChoice.BRING_PAPER_VALUE));
        return requirements;
    }

    /** The failure of {@code call}; its error must be {@code expected} unless that is null. */
    private static BackendException assertError(ThrowingCallable call, BackendError expected) {
        BackendException[] caught = new BackendException[1];
        assertThatThrownBy(call).isInstanceOfSatisfying(BackendException.class, failure -> {
            if (expected != null) {
                assertThat(failure.error()).as(failure.detail()).isEqualTo(expected);
            }
            caught[0] = failure;
        });
        return caught[0];
    }
}
