package id.anjungan.core.session;

import id.anjungan.core.audit.AuditKind;
import id.anjungan.core.audit.AuditLog;
import id.anjungan.core.enrolment.CardLinks;
import id.anjungan.core.enrolment.FingerprintEnrolments;
import id.anjungan.core.outbox.Outbox;
import id.anjungan.core.outbox.OutboxSender;
import id.anjungan.core.print.PrintJournal;
import id.anjungan.core.print.PrintListener;
import id.anjungan.core.print.TicketPrinting;
import id.anjungan.core.queue.ClaimCodes;
import id.anjungan.core.queue.QueueNumbers;
import id.anjungan.core.storage.KioskDatabase;
import id.anjungan.core.storage.KioskSecret;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** A session machine on fakes (backend, printer, time) and a real SQLite database in a test folder. */
final class SessionFixture implements SessionListener {

    final FakeScheduler time = new FakeScheduler();
    final FakeVillageBackend backend = new FakeVillageBackend();
    final FakeReceiptPrinter printer = new FakeReceiptPrinter();
    final List<Path> printedDocuments = new ArrayList<>();
    final List<SessionState> shown = new ArrayList<>();
    final List<String> ended = new ArrayList<>();
    final KioskDatabase database;
    final KioskSecret secret;
    final AuditLog audit;
    final FingerprintEnrolments fingerprints;
    final CardLinks cards;
    final Outbox outbox;
    final PrintJournal journal;
    final SessionMachine machine;
    final Path tempRoot;
    /** Further listeners, such as a {@link DeviceEvents} under test. */
    final SessionListeners also = new SessionListeners();
    int helpCalls;

    SessionFixture(Path dir, boolean fingerprintAllowed, boolean withDocumentPrinter) {
        database = KioskDatabase.open(dir.resolve("kiosk.db"));
        secret = KioskSecret.loadOrCreate(dir.resolve("kiosk.secret"));
        audit = new AuditLog(database, secret, time, "test-kiosk");
        fingerprints = new FingerprintEnrolments(database, secret, time);
        cards = new CardLinks(database, secret, time);
        outbox = new Outbox(database, secret, time);
        journal = new PrintJournal(database, time);
        tempRoot = dir.resolve("sessions");
        ClaimCodes claims = new ClaimCodes(database, secret, time, Duration.ofDays(30));
        SessionServices services = new SessionServices(backend, audit,
                new LocalLockout(time, 3, Duration.ofSeconds(60), Duration.ofMinutes(5)), cards, claims, fingerprints,
                new QueueNumbers(database, time, ZoneId.of("Asia/Jakarta")),
                new TicketPrinting(journal, printer, audit, PrintListener.NONE), outbox,
                new OutboxSender(outbox, claims, audit),
                withDocumentPrinter ? Optional.of((pdf, title) -> printedDocuments.add(pdf)) : Optional.empty(),
                tempRoot, () -> "Sukamaju", time);
        SessionPolicy policy = new SessionPolicy(fingerprintAllowed, true, Duration.ofSeconds(60),
                Map.of(SessionState.LETTER_FORM, Duration.ofSeconds(180)), Duration.ofSeconds(15), "persetujuan-v1");
        machine = new SessionMachine(services, policy, time, this);
    }

    SessionFixture(Path dir) {
        this(dir, false, true);
    }

    @Override
    public synchronized void changed(SessionView view) {
        shown.add(view.state());
        also.changed(view);
    }

    @Override
    public void helpRequested() {
        helpCalls++;
    }

    @Override
    public void ended(String reason) {
        ended.add(reason);
    }

    void fire(SessionEvent... events) {
        for (SessionEvent event : events) {
            machine.fire(event);
        }
    }

    SessionState state() {
        return machine.state();
    }

    /** Logs Budi in by typed NIK and PIN: HOME. */
    void budiAtHome() {
        fire(new SessionEvent.Touched(), new SessionEvent.NikTyped(FakeVillageBackend.BUDI),
                new SessionEvent.PinEntered(FakeVillageBackend.BUDI_PIN));
    }

    /** From HOME to CONFIRM with a complete form. */
    void budiConfirming() {
        budiAtHome();
        fire(new SessionEvent.LetterChosen("7"), new SessionEvent.FormSubmitted(Map.of("keperluan", "Modal usaha"),
                Map.of("1", "-1")));
    }

    List<AuditKind> auditKinds() {
        return audit.events().stream().map(event -> event.kind()).collect(Collectors.toList());
    }
}
