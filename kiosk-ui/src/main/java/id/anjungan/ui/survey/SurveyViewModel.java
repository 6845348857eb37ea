package id.anjungan.ui.survey;

import id.anjungan.ui.session.SurveyLevel;
import id.anjungan.ui.shell.Journey;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** The exit survey: four faces, one tap, a thank-you, and the session ends. */
public final class SurveyViewModel {

    private final Journey journey;
    private final BooleanProperty thanked = new SimpleBooleanProperty();

    public SurveyViewModel(Journey journey) {
        this.journey = journey;
        journey.onWipe(() -> thanked.set(false));
    }

    public void answer(SurveyLevel level) {
        journey.tasks().detached("survey", () -> journey.session().survey(level));
        thanked.set(true);
    }

    /** After the thank-you (or when skipped): the session ends. */
    public void finish() {
        journey.end();
    }

    public BooleanProperty thanked() {
        return thanked;
    }
}
