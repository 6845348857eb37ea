package id.anjungan.core.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import id.anjungan.backend.BackendError;
import id.anjungan.backend.BackendException;
import id.anjungan.backend.BackendSettings;
import id.anjungan.backend.LoginResult;
import id.anjungan.backend.Nik;
import id.anjungan.backend.Pin;
import id.anjungan.backend.letter.FormField;
import id.anjungan.backend.letter.LetterRequestDraft;
import id.anjungan.backend.letter.LetterType;
import id.anjungan.backend.letter.RequirementChoice;
import id.anjungan.backend.opensid.OpenSidApiClient;
import id.anjungan.core.harness.DemoVillage;
import id.anjungan.core.harness.HarnessProcess;
import id.anjungan.core.storage.KioskDatabase;
import id.anjungan.core.storage.KioskSecret;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outbox across a real crash: a request stored while demo-village's premium gate answered 503 is sent by
 * {@link OutboxCrashHarness} (its own JVM) when the resident logs in again; the harness is killed with SIGKILL right
 * before, or right after, the submit's HTTP call and started again on the same SQLite file. The village must end
 * up with exactly one request for that submission: never none, never two. Each case uses its own resident, so one
 * case's request can never be taken for the other's.
 */
class OutboxCrashIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String USAHA = "surat-keterangan-usaha";

    @TempDir
    static Path villageDir;

    @TempDir
    Path dir;

    static DemoVillage village;
    static OpenSidApiClient client;

    @BeforeAll
    static void startVillage() throws Exception {
        village = DemoVillage.start(villageDir);
        client = new OpenSidApiClient(BackendSettings.defaults(village.baseUrl(), true)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(20)).withRetries(0, Duration.ofMillis(10)));
    }

    @AfterAll
    static void stopVillage() {
        if (village != null) {
            village.close();
        }
    }

    @Test
    void aSendKilledBeforeItsHttpCallIsSentOnceAfterTheRestart() throws Exception {
        assertExactlyOneRequestAfterACrashAt("before-submit", "3301051203800001", "123456");
    }

    @Test
    void aSendKilledAfterTheServerTookItIsFoundOnTheServerAndNotSentAgain() throws Exception {
        assertExactlyOneRequestAfterACrashAt("after-submit", "3301053006900007", "135790");
    }

    private void assertExactlyOneRequestAfterACrashAt(String hold, String nik, String pin) throws Exception {
        String resident = storeWhileTheVillageIsDown(Nik.of(nik), Pin.of(pin));
        int before = village.requestsOf(resident).size();

        try (HarnessProcess first = harness(nik, pin, hold)) {
            first.awaitMark(hold.equals("before-submit") ? "BEFORE-SUBMIT" : "AFTER-SUBMIT", WAIT);
            first.kill();
        }
        assertThat(outbox().entries(Nik.of(nik))).extracting(OutboxEntry::state).containsExactly(OutboxState.SENDING);
        assertThat(village.requestsOf(resident)).hasSize(before + (hold.equals("after-submit") ? 1 : 0));

        try (HarnessProcess again = harness(nik, pin, "none")) {
            assertThat(again.awaitMark("REPORT", WAIT)).isEqualTo("sent=1 rejected=0 waiting=0");
            assertThat(again.awaitExit(WAIT)).isZero();
            assertThat(again.marks()).filteredOn(mark -> mark.startsWith("BEFORE-SUBMIT"))
                    .hasSize(hold.equals("before-submit") ? 1 : 0);
        }

        List<JsonNode> after = village.requestsOf(resident);
        assertThat(after).hasSize(before + 1);
        OutboxEntry entry = outbox().entries(Nik.of(nik)).get(0);
        assertThat(entry.state()).isEqualTo(OutboxState.SENT);
        assertThat(after).extracting(request -> request.path("id").asText()).contains(entry.requestId());

        try (HarnessProcess third = harness(nik, pin, "none")) {
            assertThat(third.awaitMark("REPORT", WAIT)).isEqualTo("sent=0 rejected=0 waiting=0");
            assertThat(third.awaitExit(WAIT)).isZero();
        }
        assertThat(village.requestsOf(resident)).hasSize(before + 1);
    }

    /** The resident is logged in and has filled the form when the village stops answering: the request is stored. */
    private String storeWhileTheVillageIsDown(Nik nik, Pin pin) throws Exception {
        LoginResult login = client.login(nik, pin);
        LetterType usaha = client.letterTypes(login.session()).stream().filter(type -> type.slug().equals(USAHA)).findFirst()
                .orElseThrow();
        LetterRequestDraft draft = LetterRequestDraft.of(usaha, answers(usaha), bringEverything(usaha));
        village.premiumGateDown(true);
        try {
            assertThatThrownBy(() -> client.submitRequest(login.session(), draft)).isInstanceOfSatisfying(BackendException.class,
                    failure -> assertThat(failure.error()).isEqualTo(BackendError.UNAVAILABLE));
            outbox().store(nik, draft, usaha.name(), "A-001");
        } finally {
            village.premiumGateDown(false);
        }
        client.logout(login.session());
        return login.resident().name();
    }

    private HarnessProcess harness(String nik, String pin, String hold) throws Exception {
        return HarnessProcess.start(OutboxCrashHarness.class, dir.resolve("kiosk.db").toString(),
                dir.resolve("kiosk.secret").toString(), village.baseUrl().toString(), nik, pin, hold);
    }

    private Outbox outbox() {
        return new Outbox(KioskDatabase.open(dir.resolve("kiosk.db")), KioskSecret.loadOrCreate(dir.resolve("kiosk.secret")),
                Clock.systemUTC());
    }

    private static Map<String, String> answers(LetterType type) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (FormField field : type.letterForm().orElseThrow().fields()) {
            switch (field.type()) {
                case SELECT -> answers.put(field.name(), field.options().isEmpty() ? "" : field.options().get(0).value());
                case NUMBER -> answers.put(field.name(), field.name().equals("no_hp_aktif") ? "081227100001" : "5");
                case DATE -> answers.put(field.name(), "2020-01-15");
                default -> answers.put(field.name(), "Isian " + field.label());
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
}
