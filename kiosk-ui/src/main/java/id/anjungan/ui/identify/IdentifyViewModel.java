package id.anjungan.ui.identify;

import id.anjungan.core.session.SessionEvent;
import id.anjungan.core.session.SessionState;
import id.anjungan.ui.i18n.Message;
import id.anjungan.ui.shell.Journey;
import id.anjungan.ui.shell.ScreenMessage;
import javafx.beans.value.ObservableValue;

/**
 * Who is at the kiosk: the NIK typed on the keypad. A tapped card or a scanned ticket or QR reaches the session from
 * the devices directly; the session then asks for the PIN, or says here why it could not use what it read.
 */
public final class IdentifyViewModel {

    static final int NIK_LENGTH = 16;

    private final Journey journey;
    private final DigitEntry nik = new DigitEntry(NIK_LENGTH, false);
    private final ScreenMessage message;

    public IdentifyViewModel(Journey journey) {
        this.journey = journey;
        this.message = new ScreenMessage(journey, SessionState.IDENTIFY);
        journey.onWipe(nik::clear);
        nik.digits().addListener((obs, old, now) -> message.clear());
    }

    /** OK on the keypad: a whole NIK goes to the session, which asks for the PIN next. */
    public void submit() {
        if (nik.length() != NIK_LENGTH) {
            message.say(Message.of("identify.nikInvalid"));
            return;
        }
        String typed = nik.value();
        nik.clear();
        journey.fire("wait", new SessionEvent.NikTyped(typed));
    }

    /** Back: before the PIN, leaving ends the session. */
    public void back() {
        nik.clear();
        journey.fire("wait", new SessionEvent.Back());
    }

    public DigitEntry nik() {
        return nik;
    }

    public ObservableValue<Message> message() {
        return message.shown();
    }
}
