package id.anjungan.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.backend.letter.LetterType;
import id.anjungan.core.session.SessionEvent;
import id.anjungan.core.session.SessionState;
import id.anjungan.ui.session.Views;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JourneyTest {

    private final TestKiosk kiosk = new TestKiosk();

    @Test
    void theEndOfASessionForgetsEveryTypedDigit() {
        kiosk.session.show(Views.in(SessionState.IDENTIFY).build());
        kiosk.models.identify.nik().fill("33010512");
        kiosk.at(SessionState.CHANGE_PIN);
        kiosk.models.changePin.entry().fill("12");
        kiosk.session.show(Views.in(SessionState.WIPE).build());
        assertThat(kiosk.models.identify.nik().value()).isEmpty();
        assertThat(kiosk.models.changePin.entry().value()).isEmpty();
        assertThat(kiosk.screen()).isEqualTo(Screen.ATTRACT);
    }

    @Test
    void everySessionStateHasAScreen() {
        LetterType letter = new LetterType("1", "1", "Surat", "surat", null);
        for (SessionState state : SessionState.values()) {
            assertThat(Screen.of(Views.in(state).build(), false)).as(state.name()).isNotNull();
            assertThat(Screen.of(Views.in(state).chosen(letter).build(), true)).as(state.name()).isNotNull();
        }
    }

    @Test
    void sendingStaysOnTheConfirmPageUnderTheProgress() {
        assertThat(Screen.of(Views.in(SessionState.SUBMITTING).build(), false)).isEqualTo(Screen.CONFIRM);
    }

    @Test
    void callingStaffTellsTheSessionFromAnyScreen() {
        kiosk.at(SessionState.LETTER_FORM);
        kiosk.models.callStaff();
        assertThat(kiosk.session.fired).containsExactly(new SessionEvent.HelpRequested());
    }

    @Test
    void nothingWorkingShowsTheOutOfOrderScreenInsteadOfTheAttractScreen() {
        kiosk.models.devices.report(Service.Device.BACKEND, false);
        assertThat(kiosk.screen()).isEqualTo(Screen.OUT_OF_ORDER);
        kiosk.models.devices.report(Service.Device.BACKEND, true);
        assertThat(kiosk.screen()).isEqualTo(Screen.ATTRACT);
    }

    @Test
    void aResidentAtTheKioskIsNotThrownOutWhenADeviceGoesDown() {
        kiosk.at(SessionState.HOME);
        kiosk.models.devices.report(Service.Device.BACKEND, false);
        assertThat(kiosk.screen()).isEqualTo(Screen.HOME);
    }

    @Test
    void aFailureTheSessionDidNotWordIsShownPlainly() {
        kiosk.at(SessionState.HOME);
        kiosk.session.answer = event -> {
            throw new IllegalStateException("a bug");
        };
        kiosk.models.home.permohonan();
        assertThat(kiosk.models.home.message().getValue().key()).isEqualTo("error.unexpected");
        assertThat(kiosk.journey().tasks().busy()).isFalse();
    }

    @Test
    void aSecondTaskWhileOneRunsIsIgnored() {
        List<Runnable> queued = new ArrayList<>();
        Tasks tasks = new Tasks(queued::add, Runnable::run);
        tasks.run("submit.progress", () -> 1, done -> { }, failed -> { });
        tasks.run("submit.progress", () -> 2, done -> { }, failed -> { });
        assertThat(queued).hasSize(1);
        assertThat(tasks.activity().get().key()).isEqualTo("submit.progress");
    }
}
