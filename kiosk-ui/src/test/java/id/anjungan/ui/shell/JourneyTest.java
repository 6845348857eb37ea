package id.anjungan.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JourneyTest {

    private final TestKiosk kiosk = new TestKiosk();

    @Test
    void endingForgetsEveryTypedDigitAndTheResident() {
        kiosk.logIn();
        kiosk.models.verify.pin().fill("12");
        kiosk.journey().end();
        assertThat(kiosk.models.identify.nik().value()).isEmpty();
        assertThat(kiosk.models.verify.pin().value()).isEmpty();
        assertThat(kiosk.journey().resident().get()).isNull();
        assertThat(kiosk.journey().current()).isEqualTo(Screen.ATTRACT);
    }

    @Test
    void callingStaffWorksFromAnyScreenAndSaysWhere() {
        kiosk.logIn();
        kiosk.models.callStaff();
        assertThat(kiosk.staffCalls).containsExactly(Screen.HOME);
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
