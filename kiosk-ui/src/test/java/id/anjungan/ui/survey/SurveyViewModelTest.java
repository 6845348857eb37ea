package id.anjungan.ui.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.anjungan.core.session.HomeChoice;
import id.anjungan.core.session.SessionEvent;
import id.anjungan.core.session.SessionState;
import id.anjungan.ui.session.Views;
import id.anjungan.ui.shell.Screen;
import id.anjungan.ui.shell.TestKiosk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SurveyViewModelTest {

    private final TestKiosk kiosk = new TestKiosk();
    private final SurveyViewModel survey = kiosk.models.survey;

    @BeforeEach
    void exit() {
        kiosk.at(SessionState.HOME);
        kiosk.session.answer = event -> event instanceof SessionEvent.MenuChosen ? Views.loggedIn(SessionState.SURVEY).build()
                : Views.in(SessionState.ATTRACT).build();
        kiosk.models.home.keluar();
    }

    @Test
    void keluarLeadsToTheSurvey() {
        assertThat(kiosk.session.fired).containsExactly(new SessionEvent.MenuChosen(HomeChoice.FINISH));
        assertThat(kiosk.screen()).isEqualTo(Screen.SURVEY);
    }

    @Test
    void anAnswerIsThankedBeforeTheSessionEnds() {
        survey.answer(3);
        assertThat(survey.thanked().get()).isTrue();
        assertThat(kiosk.session.fired).hasSize(1);
    }

    @Test
    void theBestAnswerOnScreenIsTheSessionsLevelOne() {
        survey.answer(4);
        survey.finish();
        assertThat(kiosk.session.last()).isEqualTo(new SessionEvent.SurveyAnswered(1));
    }

    @Test
    void theSurveyHasFourAnswersBestFirst() {
        assertThat(SurveyViewModel.SCORES).containsExactly(4, 3, 2, 1);
        assertThatThrownBy(() -> survey.answer(5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theEndOfTheSessionShowsTheAttractScreenInIndonesianAgain() {
        kiosk.texts.toggle();
        survey.answer(2);
        survey.finish();
        assertThat(kiosk.screen()).isEqualTo(Screen.ATTRACT);
        assertThat(survey.thanked().get()).isFalse();
        assertThat(kiosk.texts.get("home.keluar")).isEqualTo("Keluar");
    }

    @Test
    void aSkippedSurveyFinishesWithoutAnAnswer() {
        survey.finish();
        assertThat(kiosk.session.last()).isEqualTo(new SessionEvent.Finish());
    }
}
