package id.anjungan.ui.identify;

import id.anjungan.core.session.SessionEvent;
import id.anjungan.core.session.SessionState;
import id.anjungan.device.api.FingerprintPrompt;
import id.anjungan.ui.i18n.Message;
import id.anjungan.ui.shell.Journey;
import id.anjungan.ui.shell.ScreenMessage;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * The fingerprint step for a resident enrolled at this kiosk: the reader's live guidance (place, lift, wait) in plain
 * words, and the session's verdict (a finger that did not match counts like a wrong PIN).
 */
public final class FingerprintViewModel implements Consumer<FingerprintPrompt> {

    private final Journey journey;
    private final ObjectProperty<Message> guidance = new SimpleObjectProperty<>(Message.of("finger.PLACE_FINGER"));
    private final ScreenMessage message;

    public FingerprintViewModel(Journey journey) {
        this.journey = journey;
        this.message = new ScreenMessage(journey, SessionState.FINGERPRINT);
        journey.onView(SessionState.FINGERPRINT, view -> {
            if (view.message() != null) {
                guidance.set(Message.of("finger.PLACE_FINGER"));
            }
        });
        journey.onWipe(() -> guidance.set(Message.of("finger.PLACE_FINGER")));
    }

    /** A prompt from the reader, on the reader's thread. */
    @Override
    public void accept(FingerprintPrompt prompt) {
        journey.tasks().onUi(() -> guidance.set(new Message("finger." + prompt.name(), java.util.List.of(), prompt.sentence())));
    }

    /** Back: before the fingerprint is accepted, leaving ends the session. */
    public void back() {
        journey.fire("wait", new SessionEvent.Back());
    }

    /** What the reader asks the resident to do now. */
    public ObjectProperty<Message> guidance() {
        return guidance;
    }

    public ObservableValue<Message> message() {
        return message.shown();
    }
}
