package id.anjungan.ui.identify;

import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.backend.BackendError;
import id.anjungan.backend.BackendException;
import id.anjungan.ui.i18n.Message;
import id.anjungan.ui.session.Resident;
import id.anjungan.ui.shell.Screen;
import id.anjungan.ui.shell.TestKiosk;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class VerifyViewModelTest {

    private final TestKiosk kiosk = new TestKiosk();
    private final VerifyViewModel verify = kiosk.models.verify;

    @Test
    void theRightPinLeadsHomeWithTheResidentsName() {
        kiosk.logIn();
        assertThat(kiosk.journey().current()).isEqualTo(Screen.HOME);
        assertThat(kiosk.models.home.residentName().get()).isEqualTo("Budi Santoso");
        assertThat(kiosk.session.lastNik).isEqualTo("3301051203800001");
    }

    @Test
    void aPinThatMustChangeLeadsToThePinChangeFirst() {
        kiosk.session.login = () -> new Resident("Suparman", true);
        kiosk.logIn();
        assertThat(kiosk.journey().current()).isEqualTo(Screen.CHANGE_PIN);
    }

    @Test
    void aWrongPinSaysHowManyTriesAreLeft() {
        kiosk.session.login = () -> {
            throw new BackendException(BackendError.WRONG_CREDENTIALS, "401");
        };
        kiosk.logIn();
        assertThat(verify.message().get()).isEqualTo(Message.of("verify.wrong", 4));
        assertThat(kiosk.journey().current()).isEqualTo(Screen.VERIFY);
    }

    @Test
    void theFourthWrongPinWarnsThatOneTryIsLeft() {
        kiosk.session.login = () -> {
            throw new BackendException(BackendError.WRONG_CREDENTIALS, "401");
        };
        kiosk.logIn();
        for (int i = 0; i < 3; i++) {
            verify.pin().fill("111111");
            verify.submit();
        }
        assertThat(verify.message().get()).isEqualTo(Message.of("verify.wrongLast"));
    }

    @Test
    void aLockoutSaysHowLongToWaitAndShutsTheKeypad() {
        kiosk.session.login = () -> {
            throw BackendException.lockedOut("403", Duration.ofSeconds(3000));
        };
        kiosk.logIn();
        assertThat(verify.message().get()).isEqualTo(Message.of("verify.locked", 50L));
        assertThat(verify.locked().get()).isTrue();
    }

    @Test
    void thePinIsClearedAfterEveryAttempt() {
        kiosk.session.login = () -> {
            throw new BackendException(BackendError.WRONG_CREDENTIALS, "401");
        };
        kiosk.logIn();
        assertThat(verify.pin().value()).isEmpty();
    }

    @Test
    void anUnreachableVillageIsSaidPlainly() {
        kiosk.session.login = () -> {
            throw new BackendException(BackendError.UNAVAILABLE, "connect refused");
        };
        kiosk.logIn();
        assertThat(verify.message().get()).isEqualTo(Message.of("error.UNAVAILABLE"));
    }

    @Test
    void aTooShortPinIsNotSent() {
        kiosk.models.wake();
        kiosk.models.identify.nik().fill("3301051203800001");
        kiosk.models.identify.submit();
        verify.pin().fill("12");
        verify.submit();
        assertThat(kiosk.session.calls).doesNotContain("login");
    }
}
