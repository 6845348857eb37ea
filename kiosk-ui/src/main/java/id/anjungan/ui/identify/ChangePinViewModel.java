package id.anjungan.ui.identify;

import id.anjungan.core.session.SessionEvent;
import id.anjungan.core.session.SessionState;
import id.anjungan.ui.i18n.Message;
import id.anjungan.ui.shell.Journey;
import id.anjungan.ui.shell.ScreenMessage;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;


/** The forced PIN change: the old PIN, the new one, the new one again; one masked keypad, one step at a time. */
public final class ChangePinViewModel {

    /** Which PIN the keypad is asking for. */
    public enum Step { OLD, NEW, CONFIRM }

    static final int NEW_PIN_LENGTH = 6;

    private final Journey journey;
    private final DigitEntry entry = new DigitEntry(NEW_PIN_LENGTH, true);
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.OLD);
    private final ScreenMessage message;
    private String oldPin;
    private String newPin;

    public ChangePinViewModel(Journey journey) {
        this.journey = journey;
        this.message = new ScreenMessage(journey, SessionState.CHANGE_PIN);
        // a PIN the village refuses comes back with the server's own words at the PIN fields: say the first
        journey.onView(SessionState.CHANGE_PIN, view -> view.fieldErrors().values().stream().flatMap(java.util.List::stream)
                .findFirst().ifPresent(words -> message.say(Message.literal(words))));
        journey.onWipe(this::wipe);
    }

    /** OK on the keypad: the next step, or the change itself after the confirmation. */
    public void submit() {
        String typed = entry.value();
        entry.clear();
        switch (step.get()) {
            case OLD -> {
                oldPin = typed;
                message.clear();
                step.set(Step.NEW);
            }
            case NEW -> acceptNew(typed);
            case CONFIRM -> confirm(typed);
            default -> throw new IllegalStateException("unknown step " + step.get());
        }
    }

    private void acceptNew(String typed) {
        if (typed.length() != NEW_PIN_LENGTH) {
            message.say(Message.of("changePin.short"));
        } else if (typed.equals(oldPin)) {
            message.say(Message.of("changePin.same"));
        } else {
            newPin = typed;
            message.clear();
            step.set(Step.CONFIRM);
        }
    }

    private void confirm(String typed) {
        if (!typed.equals(newPin)) {
            newPin = null;
            message.say(Message.of("changePin.mismatch"));
            step.set(Step.NEW);
            return;
        }
        String old = oldPin;
        String fresh = newPin;
        oldPin = null;
        newPin = null;
        step.set(Step.OLD);
        // refused (a wrong old PIN, a PIN the village does not accept): the session says why and the steps start over
        journey.fire("wait", new SessionEvent.PinChangeEntered(old, fresh, typed));
    }

    public DigitEntry entry() {
        return entry;
    }

    public ReadOnlyObjectProperty<Step> step() {
        return step.getReadOnlyProperty();
    }

    public ObservableValue<Message> message() {
        return message.shown();
    }

    private void wipe() {
        entry.clear();
        oldPin = null;
        newPin = null;
        step.set(Step.OLD);
    }
}
