package id.anjungan.core.session;

import static id.anjungan.core.session.FakeVillageBackend.BUDI;
import static id.anjungan.core.session.FakeVillageBackend.BUDI_PIN;
import static id.anjungan.core.session.FakeVillageBackend.CARD;
import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.backend.BackendError;
import id.anjungan.backend.Nik;
import id.anjungan.core.audit.AuditKind;
import id.anjungan.core.session.SessionEvent.Back;
import id.anjungan.core.session.SessionEvent.CardTapped;
import id.anjungan.core.session.SessionEvent.CodeScanned;
import id.anjungan.core.session.SessionEvent.Confirmed;
import id.anjungan.core.session.SessionEvent.Finish;
import id.anjungan.core.session.SessionEvent.NikTyped;
import id.anjungan.core.session.SessionEvent.PinEntered;
import id.anjungan.core.session.SessionEvent.Touched;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionIdentifyTest {

    @TempDir
    Path dir;

    SessionFixture kiosk;

    @BeforeEach
    void start() {
        kiosk = new SessionFixture(dir);
    }

    @Test
    void theKioskStartsInAttract() {
        assertThat(kiosk.state()).isEqualTo(SessionState.ATTRACT);
        assertThat(kiosk.machine.view().maskedNik()).isNull();
    }

    @Test
    void aTouchOnAttractAsksForTheNik() {
        kiosk.fire(new Touched());

        assertThat(kiosk.state()).isEqualTo(SessionState.IDENTIFY);
        assertThat(kiosk.auditKinds()).containsExactly(AuditKind.SESSION_START);
    }

    @Test
    void eventsAttractDoesNotExpectAreIgnored() {
        kiosk.fire(new PinEntered(BUDI_PIN), new Confirmed(), new Back(), new Finish());

        assertThat(kiosk.state()).isEqualTo(SessionState.ATTRACT);
        assertThat(kiosk.shown).isEmpty();
    }

    @Test
    void aTypedNikLeadsToThePinShowingItMasked() {
        kiosk.fire(new Touched(), new NikTyped("3301 0512 0380 0001"));

        assertThat(kiosk.state()).isEqualTo(SessionState.VERIFY);
        assertThat(kiosk.machine.view().maskedNik()).isEqualTo("3301********0001");
    }

    @Test
    void aNikTypedStraightFromAttractStartsTheSessionToo() {
        kiosk.fire(new NikTyped(BUDI));

        assertThat(kiosk.state()).isEqualTo(SessionState.VERIFY);
    }

    @Test
    void aMalformedNikStaysOnIdentifyWithASentence() {
        kiosk.fire(new Touched(), new NikTyped("12345"));

        assertThat(kiosk.state()).isEqualTo(SessionState.IDENTIFY);
        assertThat(kiosk.machine.view().message()).isEqualTo(Sentences.BAD_NIK);
    }

    @Test
    void anUnlinkedCardAsksForTheNik() {
        kiosk.fire(new CardTapped("99887766"));

        assertThat(kiosk.state()).isEqualTo(SessionState.IDENTIFY);
        assertThat(kiosk.machine.view().message()).isEqualTo(Sentences.UNKNOWN_CARD);
    }

    @Test
    void aLinkedCardFillsInTheNikButStillAsksForThePin() {
        kiosk.cards.link(CARD, Nik.of(BUDI), "persetujuan-v1");

        kiosk.fire(new CardTapped(CARD));

        assertThat(kiosk.state()).isEqualTo(SessionState.VERIFY);
        assertThat(kiosk.machine.view().maskedNik()).isEqualTo("3301********0001");
    }

    @Test
    void aScannedNikQrLeadsToThePin() {
        kiosk.fire(new CodeScanned(BUDI));

        assertThat(kiosk.state()).isEqualTo(SessionState.VERIFY);
    }

    @Test
    void aScannedCodeThatIsNeitherTicketNorNikAsksForTheNik() {
        kiosk.fire(new CodeScanned("https://example.org"));

        assertThat(kiosk.state()).isEqualTo(SessionState.IDENTIFY);
        assertThat(kiosk.machine.view().message()).isEqualTo(Sentences.NOT_A_NIK);
    }

    @Test
    void anUnknownTicketAsksForTheNik() {
        kiosk.fire(new CodeScanned("ADM1-0000000000AA"));

        assertThat(kiosk.state()).isEqualTo(SessionState.IDENTIFY);
        assertThat(kiosk.machine.view().message()).isEqualTo(Sentences.UNKNOWN_TICKET);
    }

    @Test
    void aScannedTicketLeadsAfterThePinStraightToItsRequest() {
        kiosk.budiConfirming();
        kiosk.fire(new Confirmed());
        String claim = kiosk.machine.view().ticket().claimCode();
        kiosk.fire(new Finish(), new Finish());

        kiosk.fire(new CodeScanned(claim));
        assertThat(kiosk.state()).isEqualTo(SessionState.VERIFY);
        kiosk.fire(new PinEntered(BUDI_PIN));

        assertThat(kiosk.state()).isEqualTo(SessionState.MY_REQUESTS);
        assertThat(kiosk.machine.view().highlightedRequest()).isEqualTo("100");
    }

    @Test
    void theRightPinLeadsHome() {
        kiosk.budiAtHome();

        assertThat(kiosk.state()).isEqualTo(SessionState.HOME);
        assertThat(kiosk.machine.view().residentName()).isEqualTo("BUDI SANTOSO");
        assertThat(kiosk.machine.view().letterTypes()).hasSize(2);
    }

    @Test
    void aPinThatIsNotDigitsStaysOnVerify() {
        kiosk.fire(new NikTyped(BUDI), new PinEntered("12ab"));

        assertThat(kiosk.state()).isEqualTo(SessionState.VERIFY);
        assertThat(kiosk.machine.view().message()).isEqualTo(Sentences.BAD_PIN);
    }

    @Test
    void aWrongPinSaysHowManyTriesAreLeft() {
        kiosk.fire(new NikTyped(BUDI), new PinEntered("000000"));

        assertThat(kiosk.state()).isEqualTo(SessionState.VERIFY);
        Said said = kiosk.machine.view().message();
        assertThat(said.key()).isEqualTo("identify.wrongPin");
        assertThat(said.args()).containsExactly(2);
        assertThat(said.indonesian()).isEqualTo(BackendError.WRONG_CREDENTIALS.residentMessage() + " Sisa percobaan: 2.");
    }

    @Test
    void threeWrongPinsLockTheNikLocallyAndWipe() {
        kiosk.fire(new NikTyped(BUDI), new PinEntered("000000"), new PinEntered("000001"), new PinEntered("000002"));

        assertThat(kiosk.state()).isEqualTo(SessionState.ATTRACT);
        assertThat(kiosk.shown).contains(SessionState.WIPE);
        assertThat(kiosk.machine.view().message().key()).isEqualTo("lockout.local");
        assertThat(kiosk.machine.view().message().args()).containsExactly(5L);
        assertThat(kiosk.machine.view().message().indonesian()).contains("coba lagi dalam 5 menit");
        assertThat(kiosk.auditKinds()).contains(AuditKind.LOCAL_LOCKOUT).last().isEqualTo(AuditKind.WIPE);
    }

    @Test
    void aLocallyLockedNikIsRefusedAtIdentifyEvenWithTheRightPin() {
        kiosk.fire(new NikTyped(BUDI), new PinEntered("000000"), new PinEntered("000001"), new PinEntered("000002"));

        kiosk.fire(new NikTyped(BUDI));

        assertThat(kiosk.state()).isEqualTo(SessionState.IDENTIFY);
        assertThat(kiosk.machine.view().message().key()).isEqualTo("lockout.local");
    }

    @Test
    void theLocalLockEndsAfterItsPeriod() {
        kiosk.fire(new NikTyped(BUDI), new PinEntered("000000"), new PinEntered("000001"), new PinEntered("000002"));
        kiosk.time.advance(java.time.Duration.ofMinutes(6));

        kiosk.fire(new NikTyped(BUDI), new PinEntered(BUDI_PIN));

        assertThat(kiosk.state()).isEqualTo(SessionState.HOME);
    }

    @Test
    void theServersLockoutIsShownWithItsWaitAndWipes() {
        kiosk.backend.failLogin = BackendError.LOCKED_OUT;

        kiosk.fire(new NikTyped(BUDI), new PinEntered(BUDI_PIN));

        assertThat(kiosk.state()).isEqualTo(SessionState.ATTRACT);
        assertThat(kiosk.machine.view().message().key()).isEqualTo("error.LOCKED_OUT_FOR");
        assertThat(kiosk.machine.view().message().args()).containsExactly(59L);
        assertThat(kiosk.machine.view().message().indonesian()).contains("59 menit");
        assertThat(kiosk.ended).containsExactly("server-lockout");
    }

    @Test
    void anUnreachableBackendAtLoginStaysOnVerifyToTryAgain() {
        kiosk.backend.failLogin = BackendError.UNAVAILABLE;

        kiosk.fire(new NikTyped(BUDI), new PinEntered(BUDI_PIN));

        assertThat(kiosk.state()).isEqualTo(SessionState.VERIFY);
        assertThat(kiosk.machine.view().message()).isEqualTo(Said.of("error.UNAVAILABLE", BackendError.UNAVAILABLE.residentMessage()));
    }

    @Test
    void backOnIdentifyEndsTheSessionThroughWipe() {
        kiosk.fire(new Touched(), new Back());

        assertThat(kiosk.shown).containsSubsequence(SessionState.IDENTIFY, SessionState.WIPE, SessionState.ATTRACT);
        assertThat(kiosk.ended).containsExactly("left");
    }

    @Test
    void backOnVerifyEndsTheSessionThroughWipe() {
        kiosk.fire(new NikTyped(BUDI), new Back());

        assertThat(kiosk.state()).isEqualTo(SessionState.ATTRACT);
        assertThat(kiosk.ended).containsExactly("left");
    }

    @Test
    void finishBeforeLoginEndsTheSessionWithoutSurvey() {
        kiosk.fire(new NikTyped(BUDI), new Finish());

        assertThat(kiosk.shown).doesNotContain(SessionState.SURVEY);
        assertThat(kiosk.state()).isEqualTo(SessionState.ATTRACT);
    }
}
