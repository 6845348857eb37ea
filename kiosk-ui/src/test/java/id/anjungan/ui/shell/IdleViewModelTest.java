package id.anjungan.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.core.session.SessionEvent;
import id.anjungan.core.session.SessionState;
import id.anjungan.ui.session.Views;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IdleViewModelTest {

    private final TestKiosk kiosk = new TestKiosk();
    private final IdleViewModel idle = kiosk.models.idle;

    private Instant after(int seconds) {
        return TestKiosk.START.plusSeconds(seconds);
    }

    @Test
    void theSessionsWarningShowsAndCountsDown() {
        kiosk.session.show(Views.loggedIn(SessionState.HOME).idleWarning().build());
        assertThat(idle.warning().get()).isTrue();
        assertThat(idle.secondsLeft().get()).isEqualTo(15);
        idle.tick(after(0));
        idle.tick(after(6));
        assertThat(idle.secondsLeft().get()).isEqualTo(9);
    }

    @Test
    void stayingAnswersTheWarningThroughTheSession() {
        kiosk.session.show(Views.loggedIn(SessionState.HOME).idleWarning().build());
        kiosk.session.answer = event -> Views.loggedIn(SessionState.HOME).build();
        idle.stay(after(3));
        assertThat(kiosk.session.fired).containsExactly(new SessionEvent.Extend());
        assertThat(idle.warning().get()).isFalse();
    }

    @Test
    void touchesThatFireNothingStillTellTheSessionAtMostEveryTenSeconds() {
        kiosk.at(SessionState.LETTER_FORM);
        idle.touched(after(1));
        idle.touched(after(5));
        idle.touched(after(12));
        assertThat(kiosk.session.fired).containsExactly(new SessionEvent.Extend(), new SessionEvent.Extend());
    }

    @Test
    void touchesOnTheAttractScreenAreNotPassedOn() {
        idle.touched(after(1));
        assertThat(kiosk.session.fired).isEmpty();
    }

    @Test
    void theEndOfTheSessionHidesTheWarning() {
        kiosk.session.show(Views.loggedIn(SessionState.HOME).idleWarning().build());
        kiosk.session.show(Views.in(SessionState.ATTRACT).build());
        assertThat(idle.warning().get()).isFalse();
        assertThat(kiosk.screen()).isEqualTo(Screen.ATTRACT);
    }
}
