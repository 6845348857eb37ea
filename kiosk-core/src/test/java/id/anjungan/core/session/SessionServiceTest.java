package id.anjungan.core.session;

import static id.anjungan.core.session.FakeVillageBackend.BUDI;
import static id.anjungan.core.session.FakeVillageBackend.BUDI_PIN;
import static id.anjungan.core.session.FakeVillageBackend.CARD;
import static id.anjungan.core.session.FakeVillageBackend.SUPARMAN;
import static id.anjungan.core.session.FakeVillageBackend.SUPARMAN_PIN;
import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.backend.BackendError;
import id.anjungan.backend.Nik;
import id.anjungan.core.audit.AuditKind;
import id.anjungan.core.outbox.OutboxState;
import id.anjungan.core.print.JobState;
import id.anjungan.core.session.SessionEvent.Back;
import id.anjungan.core.session.SessionEvent.CancelChosen;
import id.anjungan.core.session.SessionEvent.CardLinkAccepted;
import id.anjungan.core.session.SessionEvent.CardRemoved;
import id.anjungan.core.session.SessionEvent.CardTapped;
import id.anjungan.core.session.SessionEvent.CollectChosen;
import id.anjungan.core.session.SessionEvent.Confirmed;
import id.anjungan.core.session.SessionEvent.Finish;
import id.anjungan.core.session.SessionEvent.FingerprintFailed;
import id.anjungan.core.session.SessionEvent.FingerprintMatched;
import id.anjungan.core.session.SessionEvent.FormSubmitted;
import id.anjungan.core.session.SessionEvent.HelpRequested;
import id.anjungan.core.session.SessionEvent.LetterChosen;
import id.anjungan.core.session.SessionEvent.MenuChosen;
import id.anjungan.core.session.SessionEvent.NikTyped;
import id.anjungan.core.session.SessionEvent.PinChangeEntered;
import id.anjungan.core.session.SessionEvent.PinEntered;
import id.anjungan.core.session.SessionEvent.SurveyAnswered;
import id.anjungan.device.api.DeviceError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionServiceTest {

    @TempDir
    Path dir;

    @Test
    void anEnrolledResidentIsAskedForAFingerprintWhenThePolicyAllowsIt() {
        SessionFixture kiosk = new SessionFixture(dir, true, true);
        kiosk.fingerprints.enrol(Nik.of(BUDI), 12, "persetujuan-v1");

        kiosk.fire(new NikTyped(BUDI), new PinEntered(BUDI_PIN));
        assertThat(kiosk.state()).isEqualTo(SessionState.FINGERPRINT);
        kiosk.fire(new FingerprintMatched());

        assertThat(kiosk.state()).isEqualTo(SessionState.HOME);
    }

    @Test
    void anEnrolledResidentIsNotAskedWhenThePolicyForbidsFingerprints() {
        SessionFixture kiosk = new SessionFixture(dir, false, true);
        kiosk.fingerprints.enrol(Nik.of(BUDI), 12, "persetujuan-v1");

        kiosk.budiAtHome();

        assertThat(kiosk.shown).doesNotContain(SessionState.FINGERPRINT);
    }

    @Test
    void threeFailedFingerprintsLockAndWipeAfterLoggingOut() {
        SessionFixture kiosk = new SessionFixture(dir, true, true);
        kiosk.fingerprints.enrol(Nik.of(BUDI), 12, "persetujuan-v1");
        kiosk.fire(new NikTyped(BUDI), new PinEntered(BUDI_PIN), new FingerprintFailed());
        assertThat(kiosk.machine.view().message()).isEqualTo(Sentences.fingerAgain(2));
        assertThat(kiosk.machine.view().message().indonesian()).endsWith("Sisa percobaan: 2.");

        kiosk.fire(new FingerprintFailed(), new FingerprintFailed());

        assertThat(kiosk.state()).isEqualTo(SessionState.ATTRACT);
        assertThat(kiosk.backend.loggedOut).hasSize(1);
        assertThat(kiosk.ended).containsExactly("local-lockout");
    }

    @Test
    void backOnFingerprintWipesAndLogsOut() {
        SessionFixture kiosk = new SessionFixture(dir, true, true);
        kiosk.fingerprints.enrol(Nik.of(BUDI), 12, "persetujuan-v1");
        kiosk.fire(new NikTyped(BUDI), new PinEntered(BUDI_PIN), new Back());

        assertThat(kiosk.backend.loggedOut).hasSize(1);
        assertThat(kiosk.state()).isEqualTo(SessionState.ATTRACT);
    }

    @Test
    void aResidentWhoMustChangeThePinGetsNothingElseUntilItIsChanged() {
        SessionFixture kiosk = new SessionFixture(dir);
        kiosk.fire(new NikTyped(SUPARMAN), new PinEntered(SUPARMAN_PIN));
        assertThat(kiosk.state()).isEqualTo(SessionState.CHANGE_PIN);

        kiosk.fire(new MenuChosen(HomeChoice.LETTER));
        assertThat(kiosk.state()).isEqualTo(SessionState.CHANGE_PIN);
        kiosk.fire(new PinChangeEntered(SUPARMAN_PIN, "975310", "975310"));

        assertThat(kiosk.state()).isEqualTo(SessionState.HOME);
        assertThat(kiosk.auditKinds()).contains(AuditKind.PIN_CHANGED);
    }

    @Test
    void aWrongOldPinStaysOnChangePinWithTheServersSentence() {
        SessionFixture kiosk = new SessionFixture(dir);
        kiosk.fire(new NikTyped(SUPARMAN), new PinEntered(SUPARMAN_PIN), new PinChangeEntered("111111", "975310", "975310"));

        assertThat(kiosk.state()).isEqualTo(SessionState.CHANGE_PIN);
        assertThat(kiosk.machine.view().message()).isEqualTo(Said.of("error.WRONG_OLD_PIN", BackendError.WRONG_OLD_PIN.residentMessage()));
    }

    @Test
    void aMismatchedConfirmationShowsTheServersFieldMessage() {
        SessionFixture kiosk = new SessionFixture(dir);
        kiosk.fire(new NikTyped(SUPARMAN), new PinEntered(SUPARMAN_PIN), new PinChangeEntered(SUPARMAN_PIN, "975310", "975311"));

        assertThat(kiosk.state()).isEqualTo(SessionState.CHANGE_PIN);
        assertThat(kiosk.machine.view().message().key()).isEqualTo("error.VALIDATION");
        assertThat(kiosk.machine.view().fieldErrors()).containsEntry("pin2", List.of("Konfirmasi PIN tidak sama."));
    }

    @Test
    void aPinChangedAfterARefusalLeavesNoFieldMessageBehind() {
        SessionFixture kiosk = new SessionFixture(dir);
        kiosk.fire(new NikTyped(SUPARMAN), new PinEntered(SUPARMAN_PIN), new PinChangeEntered(SUPARMAN_PIN, "975310", "975311"),
                new PinChangeEntered(SUPARMAN_PIN, "975310", "975310"));

        assertThat(kiosk.state()).isEqualTo(SessionState.HOME);
        assertThat(kiosk.machine.view().fieldErrors()).isEmpty();
    }

    @Test
    void backOnChangePinWipesAndLogsOut() {
        SessionFixture kiosk = new SessionFixture(dir);
        kiosk.fire(new NikTyped(SUPARMAN), new PinEntered(SUPARMAN_PIN), new Back());

        assertThat(kiosk.backend.loggedOut).hasSize(1);
        assertThat(kiosk.state()).isEqualTo(SessionState.ATTRACT);
    }

    @Test
    void theResidentsOwnCardIsOfferedForLinkingAndLinkedOnConsent() {
        SessionFixture kiosk = new SessionFixture(dir);
        kiosk.fire(new CardTapped(CARD), new NikTyped(BUDI), new PinEntered(BUDI_PIN));
        assertThat(kiosk.machine.view().offerCardLink()).isTrue();

        kiosk.fire(new CardLinkAccepted());

        assertThat(kiosk.cards.resolve(CARD)).contains(Nik.of(BUDI));
        assertThat(kiosk.machine.view().notice()).isEqualTo(Sentences.CARD_LINKED);
    }

    @Test
    void someoneElsesCardIsNeverOfferedForLinking() {
        SessionFixture kiosk = new SessionFixture(dir);
        kiosk.fire(new CardTapped("55555"), new NikTyped(BUDI), new PinEntered(BUDI_PIN));

        assertThat(kiosk.machine.view().offerCardLink()).isFalse();
        kiosk.fire(new CardLinkAccepted());
        assertThat(kiosk.cards.resolve("55555")).isEmpty();
    }

    @Test
    void aLetterWithoutAFormCannotBeChosen() {
        SessionFixture kiosk = new SessionFixture(dir);
        kiosk.budiAtHome();

        kiosk.fire(new LetterChosen("9"));

        assertThat(kiosk.state()).isEqualTo(SessionState.HOME);
        assertThat(kiosk.machine.view().message()).isEqualTo(Sentences.NO_FORM);
    }

    @Test
    void theLetterMenuShowsTheListThenTheChosenForm() {
        SessionFixture kiosk = new SessionFixture(dir);
        kiosk.budiAtHome();

        kiosk.fire(new MenuChosen(HomeChoice.LETTER));
        assertThat(kiosk.state()).isEqualTo(SessionState.LETTER_FORM);
        assertThat(kiosk.machine.view().chosenLetter()).isNull();
        kiosk.fire(new LetterChosen("7"));

        assertThat(kiosk.machine.view().chosenLetter().slug()).isEqualTo("surat-keterangan-usaha");
    }

    @Test
    void aFormWithoutItsRequiredFieldsNamesThem() {
        SessionFixture kiosk = new SessionFixture(dir);
        kiosk.budiAtHome();

        kiosk.fire(new LetterChosen("7"), new FormSubmitted(Map.of("keterangan", "x"), Map.of()));

        assertThat(kiosk.state()).isEqualTo(SessionState.LETTER_FORM);
        assertThat(kiosk.machine.view().fieldErrors()).containsOnlyKeys("keperluan", "syarat.1");
        assertThat(kiosk.machine.view().message()).isEqualTo(Sentences.CHECK_FORM);
    }

    @Test
    void theLocalFormChecksSayTheExactTextsTheUiMapsToTheirKeys() {
        SessionFixture kiosk = new SessionFixture(dir);
        kiosk.budiAtHome();

        kiosk.fire(new LetterChosen("7"), new FormSubmitted(Map.of("keterangan", "x"), Map.of()));

        assertThat(kiosk.machine.view().fieldErrors()).containsEntry("keperluan", List.of(Sentences.REQUIRED.indonesian()))
                .containsEntry("syarat.1", List.of(Sentences.CHOOSE_REQUIREMENT.indonesian()));
    }

    @Test
    void backFromConfirmReturnsToTheFormWithTheAnswersKept() {
        SessionFixture kiosk = new SessionFixture(dir);
        kiosk.budiConfirming();
        assertThat(kiosk.state()).isEqualTo(SessionState.CONFIRM);

        kiosk.fire(new Back());

        assertThat(kiosk.state()).isEqualTo(SessionState.LETTER_FORM);
        assertThat(kiosk.machine.view().answers()).containsEntry("keperluan", "Modal usaha");
        kiosk.fire(new Back());
        assertThat(kiosk.state()).isEqualTo(SessionState.HOME);
    }

    @Test
    void aConfirmedRequestIsSentThenTheTicketPrintsThroughTheJournal() {
        SessionFixture kiosk = new SessionFixture(dir);
        kiosk.budiConfirming();

        kiosk.fire(new Confirmed());

        assertThat(kiosk.shown).containsSubsequence(SessionState.CONFIRM, SessionState.SUBMITTING, SessionState.TICKET);
        TicketView ticket = kiosk.machine.view().ticket();
        assertThat(ticket.number()).isEqualTo("100325-001");
        assertThat(ticket.sentToVillage()).isTrue();
        assertThat(ticket.printed()).isTrue();
        assertThat(kiosk.backend.submitted).hasSize(1);
        assertThat(kiosk.printer.printed).hasSize(1);
        assertThat(kiosk.journal.inState(JobState.DONE)).hasSize(1);
    }

    @Test
    void anUnreachableBackendStoresTheRequestAndTheTicketSaysSoTruthfully() {
        SessionFixture kiosk = new SessionFixture(dir);
        kiosk.budiConfirming();
        kiosk.backend.failSubmit = BackendError.UNAVAILABLE;

        kiosk.fire(new Confirmed());

        TicketView ticket = kiosk.machine.view().ticket();
        assertThat(ticket.sentToVillage()).isFalse();
        assertThat(kiosk.outbox.entries(Nik.of(BUDI))).singleElement()
                .satisfies(entry -> assertThat(entry.state()).isEqualTo(OutboxState.PENDING));
        assertThat(kiosk.printer.printed.get(0).elements().toString()).contains("BELUM TERKIRIM");
    }

    @Test
    void aStoredRequestIsSentWhenTheSameResidentLogsInAgain() {
        SessionFixture kiosk = new SessionFixture(dir);
        kiosk.budiConfirming();
        kiosk.backend.failSubmit = BackendError.UNAVAILABLE;
        kiosk.fire(new Confirmed(), new Finish(), new SurveyAnswered(1));
        kiosk.backend.failSubmit = null;

        kiosk.budiAtHome();

        assertThat(kiosk.backend.submitted).hasSize(1);
        assertThat(kiosk.outbox.entries(Nik.of(BUDI)).get(0).state()).isEqualTo(OutboxState.SENT);
        assertThat(kiosk.machine.view().notice().key()).isEqualTo("outbox.report");
        assertThat(kiosk.machine.view().notice().args()).containsExactly(1, 0, 0);
        assertThat(kiosk.machine.view().notice().indonesian()).isEqualTo("1 permohonan yang tersimpan sudah terkirim ke kantor desa.");
    }

    @Test
    void aServerRefusalAtSubmitReturnsToTheFormWithItsFieldMessages() {
        SessionFixture kiosk = new SessionFixture(dir);
        kiosk.budiConfirming();
        kiosk.backend.failSubmit = BackendError.VALIDATION;

        kiosk.fire(new Confirmed());

        assertThat(kiosk.state()).isEqualTo(SessionState.LETTER_FORM);
        assertThat(kiosk.printer.printed).isEmpty();
    }

    @Test
    void anExpiredTokenAtSubmitWipes() {
        SessionFixture kiosk = new SessionFixture(dir);
        kiosk.budiConfirming();
        kiosk.backend.failSubmit = BackendError.UNAUTHENTICATED;

        kiosk.fire(new Confirmed());

        assertThat(kiosk.state()).isEqualTo(SessionState.ATTRACT);
        assertThat(kiosk.ended).containsExactly("session-expired");
    }

    @Test
    void aTicketThatCouldNotPrintSaysWhyAndTheJobWaitsForAnOperator() {
        SessionFixture kiosk = new SessionFixture(dir);
        kiosk.budiConfirming();
        kiosk.printer.failure = DeviceError.PRINTER_PAPER_OUT;

        kiosk.fire(new Confirmed());

        assertThat(kiosk.machine.view().ticket().printProblem())
                .isEqualTo(Said.of("device.PRINTER_PAPER_OUT", DeviceError.PRINTER_PAPER_OUT.sentence()));
        assertThat(kiosk.journal.inState(JobState.FAILED)).hasSize(1);
        assertThat(kiosk.auditKinds()).contains(AuditKind.DEVICE_FAULT);
    }

    @Test
    void backFromTheTicketGoesHome() {
        SessionFixture kiosk = new SessionFixture(dir);
        kiosk.budiConfirming();
        kiosk.fire(new Confirmed(), new Back());

        assertThat(kiosk.state()).isEqualTo(SessionState.HOME);
    }

    @Test
    void aRequestBeingCheckedCanBeCancelledAfterConfirming() {
        SessionFixture kiosk = new SessionFixture(dir);
        kiosk.budiConfirming();
        kiosk.fire(new Confirmed(), new Back(), new MenuChosen(HomeChoice.MY_REQUESTS));
        assertThat(kiosk.state()).isEqualTo(SessionState.MY_REQUESTS);

        kiosk.fire(new CancelChosen("100"));
        assertThat(kiosk.state()).isEqualTo(SessionState.CANCEL);
        kiosk.fire(new Confirmed());

        assertThat(kiosk.state()).isEqualTo(SessionState.MY_REQUESTS);
        assertThat(kiosk.machine.view().notice()).isEqualTo(Sentences.CANCELLED);
        assertThat(kiosk.backend.requests.get(0).status().code()).isEqualTo(5);
    }

    @Test
    void aCancelledRequestCannotBeCancelledAgain() {
        SessionFixture kiosk = new SessionFixture(dir);
        kiosk.budiConfirming();
        kiosk.fire(new Confirmed(), new Back(), new MenuChosen(HomeChoice.MY_REQUESTS), new CancelChosen("100"),
                new Confirmed(), new CancelChosen("100"));

        assertThat(kiosk.state()).isEqualTo(SessionState.MY_REQUESTS);
        assertThat(kiosk.machine.view().message()).isEqualTo(Sentences.NOT_CANCELLABLE);
    }

    @Test
    void backFromCancelKeepsTheRequest() {
        SessionFixture kiosk = new SessionFixture(dir);
        kiosk.budiConfirming();
        kiosk.fire(new Confirmed(), new Back(), new MenuChosen(HomeChoice.MY_REQUESTS), new CancelChosen("100"), new Back());

        assertThat(kiosk.state()).isEqualTo(SessionState.MY_REQUESTS);
        assertThat(kiosk.backend.requests.get(0).status().code()).isEqualTo(1);
        kiosk.fire(new Back());
        assertThat(kiosk.state()).isEqualTo(SessionState.HOME);
    }

    @Test
    void collectOffersOnlySignedLettersAndPrintsOneFromTheSessionFolder() {
        SessionFixture kiosk = new SessionFixture(dir);
        kiosk.budiAtHome();

        kiosk.fire(new MenuChosen(HomeChoice.COLLECT));
        assertThat(kiosk.machine.view().letters()).extracting(letter -> letter.id()).containsExactly("31");
        kiosk.fire(new CollectChosen("31"));

        assertThat(kiosk.printedDocuments).singleElement().satisfies(pdf -> assertThat(pdf).startsWith(kiosk.tempRoot));
        assertThat(kiosk.machine.view().notice()).isEqualTo(Sentences.PRINTED);
    }

    @Test
    void anUnsignedLetterIsNotPrinted() {
        SessionFixture kiosk = new SessionFixture(dir);
        kiosk.budiAtHome();

        kiosk.fire(new MenuChosen(HomeChoice.COLLECT), new CollectChosen("32"));

        assertThat(kiosk.printedDocuments).isEmpty();
        assertThat(kiosk.machine.view().message()).isEqualTo(Sentences.NOT_SIGNED);
    }

    @Test
    void biodataAndFamilyCardPrintAndBackGoesHome() {
        SessionFixture kiosk = new SessionFixture(dir);
        kiosk.budiAtHome();

        kiosk.fire(new MenuChosen(HomeChoice.BIODATA));
        assertThat(kiosk.state()).isEqualTo(SessionState.PRINT_DOCUMENT);
        kiosk.fire(new Back(), new MenuChosen(HomeChoice.FAMILY_CARD), new Back());

        assertThat(kiosk.printedDocuments).hasSize(2);
        assertThat(kiosk.state()).isEqualTo(SessionState.HOME);
    }

    @Test
    void aKioskWithoutAnA4PrinterSaysWhereToCollect() {
        SessionFixture kiosk = new SessionFixture(dir, false, false);
        kiosk.budiAtHome();

        kiosk.fire(new MenuChosen(HomeChoice.BIODATA));

        assertThat(kiosk.machine.view().message()).isEqualTo(Sentences.NO_PRINTER);
    }

    @Test
    void aListThatCannotBeReadSaysSoAndStaysHome() {
        SessionFixture kiosk = new SessionFixture(dir);
        kiosk.budiAtHome();
        kiosk.backend.failLists = BackendError.UNAVAILABLE;

        kiosk.fire(new MenuChosen(HomeChoice.MY_REQUESTS));

        assertThat(kiosk.state()).isEqualTo(SessionState.HOME);
        assertThat(kiosk.machine.view().message()).isEqualTo(Said.of("error.UNAVAILABLE", BackendError.UNAVAILABLE.residentMessage()));
    }

    @Test
    void finishGoesThroughTheSurveyToWipe() {
        SessionFixture kiosk = new SessionFixture(dir);
        kiosk.budiAtHome();

        kiosk.fire(new MenuChosen(HomeChoice.FINISH));
        assertThat(kiosk.state()).isEqualTo(SessionState.SURVEY);
        kiosk.fire(new SurveyAnswered(7));
        assertThat(kiosk.state()).isEqualTo(SessionState.SURVEY);
        kiosk.fire(new SurveyAnswered(2));

        assertThat(kiosk.shown).containsSubsequence(SessionState.SURVEY, SessionState.WIPE, SessionState.ATTRACT);
        assertThat(kiosk.auditKinds()).containsSubsequence(AuditKind.SURVEY, AuditKind.WIPE);
    }

    @Test
    void skippingTheSurveyWipesToo() {
        SessionFixture kiosk = new SessionFixture(dir);
        kiosk.budiAtHome();

        kiosk.fire(new Finish(), new Back());

        assertThat(kiosk.state()).isEqualTo(SessionState.ATTRACT);
        assertThat(kiosk.backend.loggedOut).hasSize(1);
    }

    @Test
    void helpIsCalledInAnyStateWithoutLeavingIt() {
        SessionFixture kiosk = new SessionFixture(dir);
        kiosk.fire(new HelpRequested());
        kiosk.budiConfirming();

        kiosk.fire(new HelpRequested());

        assertThat(kiosk.state()).isEqualTo(SessionState.CONFIRM);
        assertThat(kiosk.helpCalls).isEqualTo(2);
        assertThat(kiosk.machine.view().helpCalled()).isTrue();
    }

    @Test
    void removingTheSessionsCardWipesInAnyState() {
        SessionFixture kiosk = new SessionFixture(dir);
        kiosk.cards.link(CARD, Nik.of(BUDI), "persetujuan-v1");
        kiosk.fire(new CardTapped(CARD), new PinEntered(BUDI_PIN), new LetterChosen("7"));

        kiosk.fire(new CardRemoved());

        assertThat(kiosk.state()).isEqualTo(SessionState.ATTRACT);
        assertThat(kiosk.ended).containsExactly("card-removed");
        assertThat(kiosk.backend.loggedOut).hasSize(1);
    }

    @Test
    void removingACardThatDidNotStartTheSessionChangesNothing() {
        SessionFixture kiosk = new SessionFixture(dir);
        kiosk.budiAtHome();

        kiosk.fire(new CardRemoved());

        assertThat(kiosk.state()).isEqualTo(SessionState.HOME);
    }

    @Test
    void wipeDeletesTheSessionFolderAndForgetsTheResidentEvenWhenLogoutFails() throws Exception {
        SessionFixture kiosk = new SessionFixture(dir);
        kiosk.budiAtHome();
        kiosk.fire(new MenuChosen(HomeChoice.BIODATA));
        kiosk.backend.failLogout = BackendError.UNAVAILABLE;

        kiosk.fire(new Finish(), new Finish());

        try (var left = Files.list(kiosk.tempRoot)) {
            assertThat(left).isEmpty();
        }
        SessionView view = kiosk.machine.view();
        assertThat(view.maskedNik()).isNull();
        assertThat(view.residentName()).isNull();
        assertThat(view.letterTypes()).isEmpty();
        assertThat(view.ticket()).isNull();
    }
}
