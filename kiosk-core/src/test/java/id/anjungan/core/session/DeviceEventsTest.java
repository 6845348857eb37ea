package id.anjungan.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.backend.Nik;
import id.anjungan.core.audit.AuditKind;
import id.anjungan.device.api.CardRemoved;
import id.anjungan.device.api.CardTap;
import id.anjungan.device.api.CardUid;
import id.anjungan.device.api.CardUnreadable;
import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.FingerprintPrompt;
import id.anjungan.device.api.ScanRejected;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeviceEventsTest {

    private static final int PAGE = 5;

    @TempDir
    Path dir;

    private final FakeCardReader cards = new FakeCardReader();
    private final FakeCodeScanner scanner = new FakeCodeScanner();
    private final FakeFingerprintReader finger = new FakeFingerprintReader();
    private final List<String> firingThreads = new CopyOnWriteArrayList<>();
    private final List<FingerprintPrompt> prompts = new CopyOnWriteArrayList<>();
    private SessionFixture session;
    private DeviceEvents events;

    @AfterEach
    void close() {
        if (events != null) {
            events.close();
        }
    }

    @Test
    void aCardTapIsFiredOnTheBridgesOwnWorkerThread() {
        start(false, Optional.of(finger));
        session.also.add(view -> firingThreads.add(Thread.currentThread().getName()));

        cards.send(new CardTap(CardUid.of(new byte[] {0x49, (byte) 0x96, 0x02, (byte) 0xD2}), "keyboard", Instant.now()));

        await(() -> session.state() == SessionState.IDENTIFY);
        assertThat(firingThreads).containsOnly("session-device-events");
        assertThat(session.machine.view().message()).isEqualTo(Sentences.UNKNOWN_CARD);
    }

    @Test
    void aLinkedCardLeadsToThePin() {
        start(false, Optional.of(finger));
        session.cards.link(FakeVillageBackend.CARD, Nik.of(FakeVillageBackend.BUDI), "v1");

        cards.send(new CardTap(CardUid.of(new byte[] {0x49, (byte) 0x96, 0x02, (byte) 0xD2}), "keyboard", Instant.now()));

        await(() -> session.state() == SessionState.VERIFY);
    }

    @Test
    void takingTheCardAwayEndsTheSessionItStarted() {
        start(false, Optional.of(finger));
        session.cards.link(FakeVillageBackend.CARD, Nik.of(FakeVillageBackend.BUDI), "v1");
        cards.send(new CardTap(CardUid.of(new byte[] {0x49, (byte) 0x96, 0x02, (byte) 0xD2}), "keyboard", Instant.now()));
        await(() -> session.state() == SessionState.VERIFY);

        cards.send(new CardRemoved("keyboard", Instant.now()));

        await(() -> session.ended.contains("card-removed"));
    }

    @Test
    void aScannedNikLeadsToThePin() {
        start(false, Optional.of(finger));

        scanner.scan(FakeVillageBackend.BUDI);

        await(() -> session.state() == SessionState.VERIFY);
    }

    @Test
    void anUnreadableCardAndARejectedScanChangeNothing() {
        start(false, Optional.of(finger));

        cards.send(new CardUnreadable("keyboard", DeviceError.CARD_INVALID_NUMBER, Instant.now()));
        scanner.reject(new ScanRejected(DeviceError.SCANNER_GARBLED, "bad bytes", Instant.now()));
        scanner.scan(FakeVillageBackend.BUDI);

        await(() -> session.state() == SessionState.VERIFY);
        assertThat(session.shown).containsExactly(SessionState.VERIFY);
    }

    @Test
    void aMatchingFingerOfAnEnrolledResidentOpensHome() {
        atFingerprint();

        finger.match();

        await(() -> session.state() == SessionState.HOME);
        assertThat(finger.verifiedPages).containsExactly(PAGE);
        assertThat(prompts).containsExactly(FingerprintPrompt.PLACE_FINGER, FingerprintPrompt.PROCESSING);
    }

    @Test
    void aFingerThatDoesNotMatchIsAFailedAttemptAndTheNextCaptureStarts() {
        atFingerprint();

        finger.noMatch();

        await(() -> finger.verifiedPages.size() == 2);
        assertThat(session.state()).isEqualTo(SessionState.FINGERPRINT);
        assertThat(session.machine.view().message().key()).isEqualTo("identify.fingerAgain");
        assertThat(session.machine.view().message().args()).containsExactly(2);
    }

    @Test
    void noFingerInTimeCountsAsNoAttempt() {
        atFingerprint();

        for (int i = 0; i < 4; i++) {
            finger.fail(DeviceError.FINGERPRINT_CAPTURE_TIMEOUT);
        }

        await(() -> finger.verifiedPages.size() == 5);
        assertThat(session.state()).isEqualTo(SessionState.FINGERPRINT);
        assertThat(session.machine.view().message()).isEqualTo(Sentences.NO_FINGER);
        assertThat(session.auditKinds()).doesNotContain(AuditKind.VERIFY_FAILED);
    }

    @Test
    void noFingerInTimeDoesNotKeepAnAbandonedSessionAlive() {
        atFingerprint();
        session.time.advance(Duration.ofSeconds(50));

        finger.fail(DeviceError.FINGERPRINT_CAPTURE_TIMEOUT);
        await(() -> Sentences.NO_FINGER.equals(session.machine.view().message()));
        session.time.advance(Duration.ofSeconds(11));

        assertThat(session.machine.view().idleWarning()).isTrue();
    }

    @Test
    void aFailingReaderLetsTheResidentInWithThePinAlone() {
        atFingerprint();

        finger.fail(DeviceError.TRANSPORT_DISCONNECTED);

        await(() -> session.state() == SessionState.HOME);
        assertThat(session.machine.view().message()).isEqualTo(Sentences.READER_FAILED);
        assertThat(session.audit.events()).anySatisfy(event -> assertThat(event.detail()).contains("pin only"));
    }

    @Test
    void aKioskWithoutReaderLetsAnEnrolledResidentInWithThePin() {
        start(true, Optional.empty());
        session.fingerprints.enrol(Nik.of(FakeVillageBackend.BUDI), PAGE, "v1");

        session.budiAtHome();

        await(() -> session.state() == SessionState.HOME);
    }

    @Test
    void aCaptureThatOutlivesItsSessionNeverVerifiesTheNextOne() {
        atFingerprint();
        session.fire(new SessionEvent.Back());
        session.budiAtHome();
        assertThat(session.state()).isEqualTo(SessionState.FINGERPRINT);

        finger.match();

        await(() -> finger.verifiedPages.size() == 2);
        assertThat(session.state()).as("the old capture's match is dropped").isEqualTo(SessionState.FINGERPRINT);
        finger.match();
        await(() -> session.state() == SessionState.HOME);
    }

    private void atFingerprint() {
        start(true, Optional.of(finger));
        session.fingerprints.enrol(Nik.of(FakeVillageBackend.BUDI), PAGE, "v1");
        session.budiAtHome();
        assertThat(session.state()).isEqualTo(SessionState.FINGERPRINT);
        await(() -> finger.verifiedPages.size() == 1);
    }

    private void start(boolean fingerprintAllowed, Optional<id.anjungan.device.api.FingerprintReader> reader) {
        session = new SessionFixture(dir, fingerprintAllowed, true);
        events = new DeviceEvents(session.machine, Optional.of(cards), Optional.of(scanner), reader);
        events.addFingerprintListener(prompts::add);
        session.also.add(events);
    }

    private static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime() - deadline).as("waited 5 s for the condition").isNegative();
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
        }
    }
}
