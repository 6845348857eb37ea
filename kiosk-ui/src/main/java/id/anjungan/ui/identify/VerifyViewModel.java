package id.anjungan.ui.identify;

import id.anjungan.core.session.SessionEvent;
import id.anjungan.core.session.SessionState;
import id.anjungan.ui.i18n.Message;
import id.anjungan.ui.shell.Journey;
import id.anjungan.ui.shell.ScreenMessage;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;

/**
 * The PIN step. The PIN is masked, handed to the session once and cleared. The session counts wrong PINs (it says
 * how many tries are left) and ends the session on a lockout, saying on the attract screen how long to wait.
 */
public final class VerifyViewModel {

    private static final int PIN_MAX = 12;
    private static final int PIN_MIN = 4;

    private final Journey journey;
    private final DigitEntry pin = new DigitEntry(PIN_MAX, true);
    private final ScreenMessage message;
    private final StringBinding maskedNik;

    public VerifyViewModel(Journey journey) {
        this.journey = journey;
        maskedNik = Bindings.createStringBinding(() -> journey.current() == null || journey.current().maskedNik() == null ? ""
                : journey.current().maskedNik(), journey.view());
        this.message = new ScreenMessage(journey, SessionState.VERIFY);
        journey.onWipe(pin::clear);
    }

    /** OK on the keypad. */
    public void submit() {
        if (pin.length() < PIN_MIN) {
            message.say(Message.of("verify.short", PIN_MIN));
            return;
        }
        String typed = pin.value();
        pin.clear();
        journey.fire("wait", new SessionEvent.PinEntered(typed));
    }

    /** Back: before the PIN is accepted, leaving ends the session. */
    public void back() {
        pin.clear();
        journey.fire("wait", new SessionEvent.Back());
    }

    /** Whose NIK this is, masked (3301********0001), so the resident sees the kiosk read the right one. */
    public StringBinding maskedNik() {
        return maskedNik;
    }

    public DigitEntry pin() {
        return pin;
    }

    public ObservableValue<Message> message() {
        return message.shown();
    }
}
