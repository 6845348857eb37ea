package id.anjungan.ui.identify;

import id.anjungan.ui.i18n.Message;
import id.anjungan.ui.session.Problem;
import id.anjungan.ui.shell.Journey;
import id.anjungan.ui.shell.Screen;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/** The forced PIN change: the old PIN, the new one, the new one again; one masked keypad, one step at a time. */
public final class ChangePinViewModel {

    /** Which PIN the keypad is asking for. */
    public enum Step { OLD, NEW, CONFIRM }

    static final int NEW_PIN_LENGTH = 6;

    private final Journey journey;
    private final DigitEntry entry = new DigitEntry(NEW_PIN_LENGTH, true);
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.OLD);
    private final ObjectProperty<Message> message = new SimpleObjectProperty<>();
    private String oldPin;
    private String newPin;

    public ChangePinViewModel(Journey journey) {
        this.journey = journey;
        journey.onWipe(this::wipe);
    }

    /** OK on the keypad: the next step, or the change itself after the confirmation. */
    public void submit() {
        String typed = entry.value();
        entry.clear();
        switch (step.get()) {
            case OLD -> {
                oldPin = typed;
                message.set(null);
                step.set(Step.NEW);
            }
            case NEW -> acceptNew(typed);
            case CONFIRM -> confirm(typed);
            default -> throw new IllegalStateException("unknown step " + step.get());
        }
    }

    private void acceptNew(String typed) {
        if (typed.length() != NEW_PIN_LENGTH) {
            message.set(Message.of("changePin.short"));
        } else if (typed.equals(oldPin)) {
            message.set(Message.of("changePin.same"));
        } else {
            newPin = typed;
            message.set(null);
            step.set(Step.CONFIRM);
        }
    }

    private void confirm(String typed) {
        if (!typed.equals(newPin)) {
            newPin = null;
            message.set(Message.of("changePin.mismatch"));
            step.set(Step.NEW);
            return;
        }
        String old = oldPin;
        String fresh = newPin;
        journey.tasks().run("wait", () -> {
            journey.session().changePin(old, fresh, typed);
            return Boolean.TRUE;
        }, done -> changed(), this::refused);
    }

    private void changed() {
        wipe();
        journey.resident().set(journey.resident().get().withPinChanged());
        journey.go(Screen.HOME);
    }

    private void refused(Problem problem) {
        oldPin = null;
        newPin = null;
        step.set(Step.OLD);
        message.set(problem.fieldErrors().values().stream().flatMap(List::stream).findFirst()
                .map(Message::literal).orElse(problem.message()));
    }

    public DigitEntry entry() {
        return entry;
    }

    public ReadOnlyObjectProperty<Step> step() {
        return step.getReadOnlyProperty();
    }

    public ObjectProperty<Message> message() {
        return message;
    }

    private void wipe() {
        entry.clear();
        oldPin = null;
        newPin = null;
        step.set(Step.OLD);
        message.set(null);
    }
}
