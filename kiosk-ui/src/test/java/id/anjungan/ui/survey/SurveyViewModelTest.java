package id.anjungan.ui.survey;

import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.ui.session.SurveyLevel;
import id.anjungan.ui.shell.Screen;
import id.anjungan.ui.shell.TestKiosk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SurveyViewModelTest {

    private final TestKiosk kiosk = new TestKiosk();
    private final SurveyViewModel survey = kiosk.models.survey;

    @BeforeEach
    void exit() {
        kiosk.logIn();
        kiosk.models.home.keluar();
    }

    @Test
    void keluarLeadsToTheSurvey() {
        assertThat(kiosk.journey().current()).isEqualTo(Screen.SURVEY);
    }

    @Test
    void anAnswerIsRecordedAndThanked() {
        survey.answer(SurveyLevel.PUAS);
        assertThat(kiosk.session.lastSurvey).isEqualTo(SurveyLevel.PUAS);
        assertThat(survey.thanked().get()).isTrue();
    }

    @Test
    void theSurveyHasFourLevelsBestFirst() {
        assertThat(SurveyLevel.values()).extracting(SurveyLevel::score).containsExactly(4, 3, 2, 1);
    }

    @Test
    void finishingWipesTheSessionAndShowsTheAttractScreenInIndonesian() {
        kiosk.texts.toggle();
        survey.answer(SurveyLevel.SANGAT_PUAS);
        survey.finish();
        assertThat(kiosk.session.calls).contains("wipe");
        assertThat(kiosk.journey().current()).isEqualTo(Screen.ATTRACT);
        assertThat(kiosk.journey().resident().get()).isNull();
        assertThat(kiosk.texts.get("home.keluar")).isEqualTo("Keluar");
    }

    @Test
    void aSkippedSurveyRecordsNothingAndStillWipes() {
        survey.finish();
        assertThat(kiosk.session.lastSurvey).isNull();
        assertThat(kiosk.session.calls).contains("wipe");
    }
}
