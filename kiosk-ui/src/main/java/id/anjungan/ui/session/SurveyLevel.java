package id.anjungan.ui.session;

/** The four answers of the exit survey, best first. */
public enum SurveyLevel {
    SANGAT_PUAS(4),
    PUAS(3),
    CUKUP(2),
    BURUK(1);

    private final int score;

    SurveyLevel(int score) {
        this.score = score;
    }

    public int score() {
        return score;
    }
}
