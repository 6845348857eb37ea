package id.anjungan.ui.shell;

import id.anjungan.core.session.SessionView;

/**
 * The screens of the resident journey. Each shows one or more states of kiosk-core's session machine
 * ({@link #of}); the out-of-order screen is the kiosk's own, shown instead of the attract screen when nothing works.
 */
public enum Screen {
    ATTRACT,
    IDENTIFY,
    VERIFY,
    FINGERPRINT,
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

    /** Whether a resident is at the kiosk on this screen. */
    public boolean inSession() {
        return this != ATTRACT && this != OUT_OF_ORDER;
    }

    /**
     * The screen for a session state. SUBMITTING stays on the confirm page under the progress overlay; CANCEL is the
     * request list with its confirm bar; WIPE passes in a moment and shows the attract screen. A print of a collected
     * letter keeps the machine in COLLECT while the printing screen shows it.
     */
    public static Screen of(SessionView view, boolean printingShown) {
        switch (view.state()) {
            case ATTRACT:
            case WIPE:
                return ATTRACT;
            case IDENTIFY:
                return IDENTIFY;
            case VERIFY:
                return VERIFY;
            case FINGERPRINT:
                return FINGERPRINT;
            case CHANGE_PIN:
                return CHANGE_PIN;
            case HOME:
                return HOME;
            case LETTER_FORM:
                return view.chosenLetter() == null ? LETTER_LIST : LETTER_FORM;
            case CONFIRM:
            case SUBMITTING:
                return CONFIRM;
            case TICKET:
                return TICKET;
            case MY_REQUESTS:
            case CANCEL:
                return MY_REQUESTS;
            case COLLECT:
                return printingShown ? PRINTING : COLLECT;
            case PRINT_DOCUMENT:
                return PRINTING;
            case SURVEY:
                return SURVEY;
            default:
                throw new IllegalArgumentException("no screen for " + view.state());
        }
    }
}
