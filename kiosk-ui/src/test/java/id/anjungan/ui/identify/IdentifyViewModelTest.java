package id.anjungan.ui.identify;

import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.ui.i18n.Message;
import id.anjungan.ui.shell.Screen;
import id.anjungan.ui.shell.TestKiosk;
import org.junit.jupiter.api.Test;

class IdentifyViewModelTest {

    private final TestKiosk kiosk = new TestKiosk();
    private final IdentifyViewModel identify = kiosk.models.identify;

    @Test
    void aShortNikIsRefusedWithWordsAndTheScreenStays() {
        kiosk.models.wake();
        identify.nik().fill("33010512");
        identify.submit();
        assertThat(identify.message().get()).isEqualTo(Message.of("identify.nikInvalid"));
        assertThat(kiosk.journey().current()).isEqualTo(Screen.IDENTIFY);
    }

    @Test
    void sixteenDigitsLeadToThePin() {
        kiosk.models.wake();
        identify.nik().fill("3301051203800001");
        identify.submit();
        assertThat(kiosk.journey().current()).isEqualTo(Screen.VERIFY);
    }

    @Test
    void aQrCodeCarryingANikFillsItInAndMovesOn() {
        kiosk.models.wake();
        identify.scanned("NIK:3301051203800001;");
        assertThat(identify.nik().value()).isEqualTo("3301051203800001");
        assertThat(kiosk.journey().current()).isEqualTo(Screen.VERIFY);
    }

    @Test
    void aTappedCardAsksForTheNikInsteadOfPretending() {
        kiosk.models.wake();
        identify.cardTapped();
        assertThat(identify.message().get()).isEqualTo(Message.of("identify.cardNotLinked"));
        assertThat(kiosk.journey().current()).isEqualTo(Screen.IDENTIFY);
    }

    @Test
    void typingAgainClearsTheMessage() {
        kiosk.models.wake();
        identify.submit();
        identify.nik().type('3');
        assertThat(identify.message().get()).isNull();
    }
}
