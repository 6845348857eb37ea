package id.anjungan.ui.identify;

import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.core.session.Said;
import id.anjungan.core.session.SessionEvent;
import id.anjungan.core.session.SessionState;
import id.anjungan.ui.i18n.Message;
import id.anjungan.ui.session.Views;
import id.anjungan.ui.shell.Screen;
import id.anjungan.ui.shell.TestKiosk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChangePinViewModelTest {

    private final TestKiosk kiosk = new TestKiosk();
    private final ChangePinViewModel change = kiosk.models.changePin;

    @BeforeEach
    void mustChange() {
        kiosk.at(SessionState.CHANGE_PIN);
    }

    private void type(String pin) {
        change.entry().fill(pin);
        change.submit();
    }

    @Test
    void oldNewAndConfirmationGoToTheSessionTogether() {
        kiosk.session.answer = event -> Views.loggedIn(SessionState.HOME).build();
        type("654321");
        type("112233");
        type("112233");
        assertThat(kiosk.session.fired).containsExactly(new SessionEvent.PinChangeEntered("654321", "112233", "112233"));
        assertThat(kiosk.screen()).isEqualTo(Screen.HOME);
    }

    @Test
    void aConfirmationThatDiffersAsksForTheNewPinAgainWithoutSending() {
        type("654321");
        type("112233");
        type("112234");
        assertThat(change.step().get()).isEqualTo(ChangePinViewModel.Step.NEW);
        assertThat(change.message().getValue()).isEqualTo(Message.of("changePin.mismatch"));
        assertThat(kiosk.session.fired).isEmpty();
    }

    @Test
    void theOldPinAgainIsRefused() {
        type("654321");
        type("654321");
        assertThat(change.message().getValue()).isEqualTo(Message.of("changePin.same"));
        assertThat(change.step().get()).isEqualTo(ChangePinViewModel.Step.NEW);
    }

    @Test
    void aNewPinOfTheWrongLengthIsRefused() {
        type("654321");
        type("1234");
        assertThat(change.message().getValue()).isEqualTo(Message.of("changePin.short"));
    }

    @Test
    void aRefusedChangeStartsOverAtTheOldPinWithTheSessionsWords() {
        kiosk.session.answer = event -> Views.loggedIn(SessionState.CHANGE_PIN)
                .message(Said.of("error.WRONG_OLD_PIN", "PIN lama salah.")).build();
        type("000000");
        type("112233");
        type("112233");
        assertThat(change.step().get()).isEqualTo(ChangePinViewModel.Step.OLD);
        assertThat(change.message().getValue().key()).isEqualTo("error.WRONG_OLD_PIN");
        assertThat(kiosk.screen()).isEqualTo(Screen.CHANGE_PIN);
    }

    @Test
    void theServersOwnWordsForARefusedPinAreShown() {
        kiosk.session.answer = event -> Views.loggedIn(SessionState.CHANGE_PIN).fieldError("pin_baru2", "Konfirmasi PIN tidak sama.")
                .message(Said.of("error.VALIDATION", "Ada isian yang belum benar.")).build();
        type("654321");
        type("112233");
        type("112233");
        assertThat(change.message().getValue()).isEqualTo(Message.literal("Konfirmasi PIN tidak sama."));
    }
}
