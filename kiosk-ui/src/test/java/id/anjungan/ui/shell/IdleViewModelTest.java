package id.anjungan.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IdleViewModelTest {

    private final TestKiosk kiosk = new TestKiosk();
    private final IdleViewModel idle = kiosk.models.idle;

    private Instant after(int seconds) {
        return TestKiosk.START.plusSeconds(seconds);
    }

    @Test
    void aWarningCountsDownAfterAMinuteWithoutATouch() {
        kiosk.logIn();
        idle.tick(after(65));
        assertThat(idle.warning().get()).isTrue();
        assertThat(idle.secondsLeft().get()).isEqualTo(15);
    }

    @Test
    void stayingHidesTheWarningAndStartsTheMinuteAgain() {
        kiosk.logIn();
        idle.tick(after(65));
        idle.stay(after(66));
        idle.tick(after(100));
        assertThat(idle.warning().get()).isFalse();
        assertThat(kiosk.journey().current()).isEqualTo(Screen.HOME);
    }

    @Test
    void theSessionEndsWhenTheCountdownRunsOut() {
        kiosk.logIn();
        kiosk.models.identify.nik().fill("33");
        idle.tick(after(81));
        assertThat(kiosk.journey().current()).isEqualTo(Screen.ATTRACT);
        assertThat(kiosk.session.calls).contains("wipe");
        assertThat(kiosk.models.identify.nik().value()).isEmpty();
    }

    @Test
    void theAttractScreenIsNeverIdle() {
        idle.tick(after(600));
        assertThat(idle.warning().get()).isFalse();
        assertThat(kiosk.session.calls).doesNotContain("wipe");
    }

    @Test
    void aTouchStartsTheMinuteAgain() {
        kiosk.logIn();
        idle.touched(after(50));
        idle.tick(after(100));
        assertThat(idle.warning().get()).isFalse();
    }

    @Test
    void theWarningMustComeBeforeTheEnd() {
        assertThatThrownBy(() -> new IdleViewModel(kiosk.journey(), Duration.ofSeconds(60), Duration.ofSeconds(30), TestKiosk.START))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
