package id.anjungan.ui.shell;

/** The screens of the resident journey, in the order of ARCHITECTURE.md §4 (session). */
public enum Screen {
    ATTRACT,
    IDENTIFY,
    VERIFY,
    CHANGE_PIN,
    HOME,
    LETTER_LIST,
    LETTER_FORM,
    CONFIRM,
    TICKET,
    MY_REQUESTS,
    COLLECT,
    PRINTING,
    SURVEY,
    OUT_OF_ORDER;

    /** Whether a resident is logged in on this screen (the idle timer then ends the session). */
    public boolean inSession() {
        return this != ATTRACT && this != OUT_OF_ORDER;
    }
}
