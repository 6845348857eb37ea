package id.anjungan.core.session;

import static id.anjungan.core.session.FakeVillageBackend.BUDI;
import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.core.session.SessionEvent.Extend;
import id.anjungan.core.session.SessionEvent.LetterChosen;
import id.anjungan.core.session.SessionEvent.NikTyped;
import id.anjungan.core.session.SessionEvent.Touched;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionTimeoutTest {

    @TempDir
    Path dir;

    SessionFixture kiosk;

    @BeforeEach
    void start() {
        kiosk = new SessionFixture(dir);
    }

    @Test
    void attractNeverTimesOut() {
        kiosk.time.advance(Duration.ofHours(3));

        assertThat(kiosk.shown).isEmpty();
    }

    @Test
    void idleTimeShowsTheWarningFirst() {
        kiosk.fire(new Touched());

        kiosk.time.advance(Duration.ofSeconds(60));

        assertThat(kiosk.state()).isEqualTo(SessionState.IDENTIFY);
        assertThat(kiosk.machine.view().idleWarning()).isTrue();
    }

    @Test
    void noAnswerToTheWarningWipes() {
        kiosk.fire(new Touched(), new NikTyped(BUDI));

        kiosk.time.advance(Duration.ofSeconds(75));

        assertThat(kiosk.state()).isEqualTo(SessionState.ATTRACT);
        assertThat(kiosk.machine.view().message()).isEqualTo(Sentences.IDLE_FAREWELL);
        assertThat(kiosk.ended).containsExactly("idle");
    }

    @Test
    void extendDuringTheWarningStartsTheIdleTimeAgain() {
        kiosk.fire(new Touched());
        kiosk.time.advance(Duration.ofSeconds(70));

        kiosk.fire(new Extend());
        kiosk.time.advance(Duration.ofSeconds(59));

        assertThat(kiosk.state()).isEqualTo(SessionState.IDENTIFY);
        assertThat(kiosk.machine.view().idleWarning()).isFalse();
    }

    @Test
    void anyHandledEventCountsAsActivity() {
        kiosk.fire(new Touched());
        kiosk.time.advance(Duration.ofSeconds(50));

        kiosk.fire(new NikTyped(BUDI));
        kiosk.time.advance(Duration.ofSeconds(50));

        assertThat(kiosk.machine.view().idleWarning()).isFalse();
    }

    @Test
    void aStateWithItsOwnIdleTimeWaitsLonger() {
        kiosk.budiAtHome();
        kiosk.fire(new LetterChosen("7"));

        kiosk.time.advance(Duration.ofSeconds(179));
        assertThat(kiosk.machine.view().idleWarning()).isFalse();
        kiosk.time.advance(Duration.ofSeconds(1 + 15));

        assertThat(kiosk.state()).isEqualTo(SessionState.ATTRACT);
        assertThat(kiosk.backend.loggedOut).hasSize(1);
    }

    @Test
    void aTimerFromAnEarlierStateDoesNotFireLater() {
        kiosk.fire(new Touched());
        kiosk.time.advance(Duration.ofSeconds(40));
        kiosk.fire(new NikTyped(BUDI));

        kiosk.time.advance(Duration.ofSeconds(30));

        assertThat(kiosk.machine.view().idleWarning()).isFalse();
    }
}
