package id.anjungan.ui.identify;

import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.core.session.Said;
import id.anjungan.core.session.SessionEvent;
import id.anjungan.core.session.SessionState;
import id.anjungan.device.api.FingerprintPrompt;
import id.anjungan.ui.session.Views;
import id.anjungan.ui.shell.Screen;
import id.anjungan.ui.shell.TestKiosk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FingerprintViewModelTest {

    private final TestKiosk kiosk = new TestKiosk();
    private final FingerprintViewModel finger = kiosk.models.fingerprint;

    @BeforeEach
    void afterThePin() {
        kiosk.at(SessionState.FINGERPRINT);
    }

    @Test
    void theScreenAsksForTheFingerFirst() {
        assertThat(kiosk.screen()).isEqualTo(Screen.FINGERPRINT);
        assertThat(finger.guidance().get().key()).isEqualTo("finger.PLACE_FINGER");
    }

    @Test
    void theReadersGuidanceIsShownAsItComes() {
        finger.accept(FingerprintPrompt.PROCESSING);
        assertThat(finger.guidance().get().key()).isEqualTo("finger.PROCESSING");
        assertThat(finger.guidance().get().literal()).isEqualTo(FingerprintPrompt.PROCESSING.sentence());
    }

    @Test
    void aMissIsSaidAndTheResidentIsAskedAgain() {
        finger.accept(FingerprintPrompt.PROCESSING);
        kiosk.session.show(Views.loggedIn(SessionState.FINGERPRINT).message(Said.of("identify.fingerAgain", "Tidak cocok.")).build());
        assertThat(finger.message().getValue().key()).isEqualTo("identify.fingerAgain");
        assertThat(finger.guidance().get().key()).isEqualTo("finger.PLACE_FINGER");
    }

    @Test
    void backEndsTheSessionThroughTheMachine() {
        finger.back();
        assertThat(kiosk.session.fired).containsExactly(new SessionEvent.Back());
    }
}
