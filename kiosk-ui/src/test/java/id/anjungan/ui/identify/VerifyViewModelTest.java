package id.anjungan.ui.identify;

import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.core.session.Said;
import id.anjungan.core.session.SessionEvent;
import id.anjungan.core.session.SessionState;
import id.anjungan.ui.i18n.Message;
import id.anjungan.ui.session.Views;
import id.anjungan.ui.shell.Screen;
import id.anjungan.ui.shell.TestKiosk;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VerifyViewModelTest {

    private final TestKiosk kiosk = new TestKiosk();
    private final VerifyViewModel verify = kiosk.models.verify;

    @BeforeEach
    void identified() {
        kiosk.session.show(Views.in(SessionState.VERIFY).resident(null).build());
    }

    @Test
    void thePinGoesToTheSessionOnceAndIsCleared() {
        kiosk.session.answer = event -> Views.loggedIn(SessionState.HOME).build();
        verify.pin().fill("123456");
        verify.submit();
        assertThat(kiosk.session.fired).containsExactly(new SessionEvent.PinEntered("123456"));
        assertThat(verify.pin().length()).isZero();
        assertThat(kiosk.screen()).isEqualTo(Screen.HOME);
        assertThat(kiosk.models.home.residentName().get()).isEqualTo("Budi Santoso");
    }

    @Test
    void theMaskedNikShowsWhoseSessionThisIs() {
        assertThat(verify.maskedNik().get()).isEqualTo("3301********0001");
    }

    @Test
    void aWrongPinIsSaidWithTheTriesLeftAndTheKeypadStays() {
        kiosk.session.answer = event -> Views.in(SessionState.VERIFY)
                .message(Said.of("identify.wrongPin", "PIN salah. Sisa percobaan: 2.", 2)).build();
        verify.pin().fill("111111");
        verify.submit();
        assertThat(verify.message().getValue()).isEqualTo(new Message("identify.wrongPin", List.of(2), "PIN salah. Sisa percobaan: 2."));
        assertThat(kiosk.screen()).isEqualTo(Screen.VERIFY);
    }

    @Test
    void aPinThatMustChangeLeadsToThePinChange() {
        kiosk.session.answer = event -> Views.loggedIn(SessionState.CHANGE_PIN).build();
        verify.pin().fill("654321");
        verify.submit();
        assertThat(kiosk.screen()).isEqualTo(Screen.CHANGE_PIN);
    }

    @Test
    void anEnrolledResidentIsAskedForTheFingerprint() {
        kiosk.session.answer = event -> Views.loggedIn(SessionState.FINGERPRINT).build();
        verify.pin().fill("123456");
        verify.submit();
        assertThat(kiosk.screen()).isEqualTo(Screen.FINGERPRINT);
    }

    @Test
    void aLockoutEndsTheSessionAndTheAttractScreenSaysHowLongToWait() {
        kiosk.session.answer = event -> Views.in(SessionState.ATTRACT)
                .message(Said.of("error.LOCKED_OUT_FOR", "Coba lagi dalam 50 menit.", 50)).build();
        verify.pin().fill("111111");
        verify.submit();
        assertThat(kiosk.screen()).isEqualTo(Screen.ATTRACT);
        assertThat(kiosk.models.attract.farewell().get().args()).containsExactly(50);
    }

    @Test
    void aTooShortPinIsNotSent() {
        verify.pin().fill("12");
        verify.submit();
        assertThat(kiosk.session.fired).isEmpty();
        assertThat(verify.message().getValue()).isEqualTo(Message.of("verify.short", 4));
    }

    @Test
    void backEndsTheSessionThroughTheMachine() {
        verify.pin().fill("12");
        verify.back();
        assertThat(kiosk.session.fired).containsExactly(new SessionEvent.Back());
        assertThat(verify.pin().length()).isZero();
    }
}
