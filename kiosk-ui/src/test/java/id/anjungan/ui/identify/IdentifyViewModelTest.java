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

class IdentifyViewModelTest {

    private final TestKiosk kiosk = new TestKiosk();
    private final IdentifyViewModel identify = kiosk.models.identify;

    @BeforeEach
    void atTheNikKeypad() {
        kiosk.session.show(Views.in(SessionState.IDENTIFY).build());
    }

    @Test
    void aShortNikIsRefusedWithWordsAndNothingIsSent() {
        identify.nik().fill("330105");
        identify.submit();
        assertThat(identify.message().getValue()).isEqualTo(Message.of("identify.nikInvalid"));
        assertThat(kiosk.session.fired).isEmpty();
        assertThat(kiosk.screen()).isEqualTo(Screen.IDENTIFY);
    }

    @Test
    void sixteenDigitsGoToTheSessionAndTheKeypadIsCleared() {
        kiosk.session.answer = event -> Views.in(SessionState.VERIFY).build();
        identify.nik().fill("3301051203800001");
        identify.submit();
        assertThat(kiosk.session.fired).containsExactly(new SessionEvent.NikTyped("3301051203800001"));
        assertThat(identify.nik().length()).isZero();
        assertThat(kiosk.screen()).isEqualTo(Screen.VERIFY);
    }

    @Test
    void whatTheSessionSaysAboutACardOrScanIsShownHere() {
        // a card tapped reaches the session from the device; the session answers on this screen
        kiosk.session.show(Views.in(SessionState.IDENTIFY).message(Said.of("identify.unknownCard", "Kartu ini belum terhubung.")).build());
        assertThat(identify.message().getValue().key()).isEqualTo("identify.unknownCard");
    }

    @Test
    void typingAgainHidesTheLastMessage() {
        kiosk.session.show(Views.in(SessionState.IDENTIFY).message(Said.of("identify.badNik", "NIK harus 16 angka.")).build());
        identify.nik().type('3');
        assertThat(identify.message().getValue()).isNull();
    }

    @Test
    void backLeavesThroughTheSession() {
        identify.back();
        assertThat(kiosk.session.fired).containsExactly(new SessionEvent.Back());
    }
}
