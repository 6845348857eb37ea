package id.anjungan.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.backend.BackendError;
import id.anjungan.backend.Nik;
import id.anjungan.backend.Pin;
import id.anjungan.backend.Session;
import id.anjungan.backend.letter.LetterRequestDraft;
import id.anjungan.core.outbox.OutboxReport;
import id.anjungan.core.outbox.OutboxSender;
import id.anjungan.core.outbox.OutboxState;
import id.anjungan.core.queue.ClaimCodes;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxResumeTest {

    @TempDir
    Path dir;

    private static final Nik BUDI = Nik.of(FakeVillageBackend.BUDI);
    private static final LetterRequestDraft DRAFT = LetterRequestDraft.of(FakeVillageBackend.USAHA,
            Map.of("keperluan", "Modal"), Map.of("1", "-1"));

    @Test
    void anEntryWhoseSendReachedTheServerBeforeACrashIsFoundAndNotResent() {
        SessionFixture kiosk = new SessionFixture(dir);
        String key = kiosk.outbox.store(BUDI, DRAFT, "Keterangan Usaha", "100325-001");
        Session session = kiosk.backend.login(BUDI, Pin.of(FakeVillageBackend.BUDI_PIN)).session();
        // the crash: the request reached the server, the kiosk died before recording it
        kiosk.database.sql().update("UPDATE outbox SET state = 'SENDING' WHERE idem_key = ?", key);
        kiosk.backend.submitRequest(session, DRAFT);

        OutboxReport report = sender(kiosk).sendFor(kiosk.backend, session, BUDI);

        assertThat(report.sent()).hasSize(1);
        assertThat(kiosk.backend.submitted).hasSize(1);
        assertThat(kiosk.outbox.entries(BUDI).get(0).requestId()).isEqualTo("100");
    }

    @Test
    void anEntryWhoseSendNeverArrivedIsSentOnce() {
        SessionFixture kiosk = new SessionFixture(dir);
        String key = kiosk.outbox.store(BUDI, DRAFT, "Keterangan Usaha", "100325-001");
        kiosk.database.sql().update("UPDATE outbox SET state = 'SENDING' WHERE idem_key = ?", key);
        Session session = kiosk.backend.login(BUDI, Pin.of(FakeVillageBackend.BUDI_PIN)).session();

        sender(kiosk).sendFor(kiosk.backend, session, BUDI);
        sender(kiosk).sendFor(kiosk.backend, session, BUDI);

        assertThat(kiosk.backend.submitted).hasSize(1);
        assertThat(kiosk.outbox.entries(BUDI).get(0).state()).isEqualTo(OutboxState.SENT);
    }

    @Test
    void entriesGoInOrderAndStopAtAnUnreachableBackend() {
        SessionFixture kiosk = new SessionFixture(dir);
        kiosk.outbox.store(BUDI, DRAFT, "Keterangan Usaha", "100325-001");
        kiosk.outbox.store(BUDI, DRAFT, "Keterangan Usaha", "100325-002");
        Session session = kiosk.backend.login(BUDI, Pin.of(FakeVillageBackend.BUDI_PIN)).session();
        kiosk.backend.failSubmit = BackendError.UNAVAILABLE;

        OutboxReport report = sender(kiosk).sendFor(kiosk.backend, session, BUDI);

        assertThat(report.waiting()).hasSize(2);
        assertThat(kiosk.outbox.depth()).isEqualTo(2);
    }

    @Test
    void anotherResidentCannotOpenOrSendSomeoneElsesEntries() {
        SessionFixture kiosk = new SessionFixture(dir);
        kiosk.outbox.store(BUDI, DRAFT, "Keterangan Usaha", "100325-001");

        assertThat(kiosk.outbox.entries(Nik.of(FakeVillageBackend.SUPARMAN))).isEmpty();
    }

    private static OutboxSender sender(SessionFixture kiosk) {
        return new OutboxSender(kiosk.outbox, new ClaimCodes(kiosk.database, kiosk.secret, kiosk.time, Duration.ofDays(1)),
                kiosk.audit);
    }
}
