package id.anjungan.ui.identify;

import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.backend.BackendError;
import id.anjungan.backend.BackendException;
import id.anjungan.ui.i18n.Message;
import id.anjungan.ui.session.Resident;
import id.anjungan.ui.shell.Screen;
import id.anjungan.ui.shell.TestKiosk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChangePinViewModelTest {

    private final TestKiosk kiosk = new TestKiosk();
    private final ChangePinViewModel change = kiosk.models.changePin;

    @BeforeEach
    void mustChange() {
        kiosk.session.login = () -> new Resident("Suparman", true);
        kiosk.logIn();
    }

    private void type(String pin) {
        change.entry().fill(pin);
        change.submit();
    }

    @Test
    void oldNewAndConfirmationChangeThePinAndLeadHome() {
        type("654321");
        type("112233");
        type("112233");
        assertThat(kiosk.session.calls).contains("changePin 654321 112233 112233");
        assertThat(kiosk.journey().current()).isEqualTo(Screen.HOME);
        assertThat(kiosk.journey().resident().get().mustChangePin()).isFalse();
    }

    @Test
    void aConfirmationThatDiffersAsksForTheNewPinAgain() {
        type("654321");
        type("112233");
        type("112234");
        assertThat(change.step().get()).isEqualTo(ChangePinViewModel.Step.NEW);
        assertThat(change.message().get()).isEqualTo(Message.of("changePin.mismatch"));
    }

    @Test
    void theOldPinAgainIsRefused() {
        type("654321");
        type("654321");
        assertThat(change.message().get()).isEqualTo(Message.of("changePin.same"));
        assertThat(change.step().get()).isEqualTo(ChangePinViewModel.Step.NEW);
    }

    @Test
    void aNewPinOfTheWrongLengthIsRefused() {
        type("654321");
        type("1234");
        assertThat(change.message().get()).isEqualTo(Message.of("changePin.short"));
    }

    @Test
    void aWrongOldPinStartsOverAtTheOldPin() {
        kiosk.session.changePin = () -> {
            throw new BackendException(BackendError.WRONG_OLD_PIN, "403");
        };
        type("000000");
        type("112233");
        type("112233");
        assertThat(change.step().get()).isEqualTo(ChangePinViewModel.Step.OLD);
        assertThat(change.message().get()).isEqualTo(Message.of("error.WRONG_OLD_PIN"));
        assertThat(kiosk.journey().current()).isEqualTo(Screen.CHANGE_PIN);
    }
}
