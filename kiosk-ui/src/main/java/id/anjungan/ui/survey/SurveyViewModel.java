package id.anjungan.ui.survey;

import id.anjungan.core.session.SessionEvent;
import id.anjungan.ui.shell.Journey;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** The exit survey: four faces, one tap, a thank-you, and the session ends (the answer goes to the audit log). */
public final class SurveyViewModel {

    /** The answers on screen, best first, as OpenSID's four levels count them (4 = sangat puas). */
    public static final int[] SCORES = {4, 3, 2, 1};

    private final Journey journey;
    private final BooleanProperty thanked = new SimpleBooleanProperty();
    private int score;

    public SurveyViewModel(Journey journey) {
        this.journey = journey;
        journey.onWipe(() -> {
            thanked.set(false);
            score = 0;
        });
    }

    /** One of the four answers: the thank-you shows, then {@link #finish()}. */
    public void answer(int chosenScore) {
        if (chosenScore < 1 || chosenScore > 4) {
            throw new IllegalArgumentException("a survey answer is 1 to 4, not " + chosenScore);
        }
        score = chosenScore;
        thanked.set(true);
    }

    /** After the thank-you (or when skipped): the session ends, with the answer if there was one. */
    public void finish() {
        // kiosk-core counts 1 as the best answer
        SessionEvent last = score == 0 ? new SessionEvent.Finish() : new SessionEvent.SurveyAnswered(5 - score);
        journey.fire("wait", last);
    }

    public BooleanProperty thanked() {
        return thanked;
    }
}
