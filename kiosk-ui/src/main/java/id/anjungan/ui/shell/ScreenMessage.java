package id.anjungan.ui.shell;

import id.anjungan.core.session.SessionState;
import id.anjungan.core.session.SessionView;
import id.anjungan.ui.i18n.Message;
import java.util.EnumSet;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What one screen says: its own check ("NIK harus 16 angka" before anything is sent), else the session's sentence
 * while the session is in one of the screen's states. A new view from the session replaces the screen's own check;
 * the resident typing again hides the session's last sentence.
 */
public final class ScreenMessage {

    private final ObjectProperty<Message> own = new SimpleObjectProperty<>();
    private final BooleanProperty dismissed = new SimpleBooleanProperty();
    private final ObjectBinding<Message> shown;

    public ScreenMessage(Journey journey, SessionState first, SessionState... more) {
        Set<SessionState> states = EnumSet.of(first, more);
        journey.beforeEachView(() -> {
            own.set(null);
            dismissed.set(false);
        });
        journey.onWipe(() -> own.set(null));
        shown = Bindings.createObjectBinding(() -> {
            if (own.get() != null) {
                return own.get();
            }
            SessionView view = journey.view().get();
            return view != null && !dismissed.get() && states.contains(view.state()) ? journey.message() : null;
        }, own, dismissed, journey.view(), journey.failure());
    }

    /** The screen's own sentence, until the session says something new. */
    public void say(Message message) {
        own.set(message);
    }

    /** Nothing to say: the screen's own sentence goes, and the session's too until the session says something new. */
    public void clear() {
        own.set(null);
        dismissed.set(true);
    }

    public ObjectBinding<Message> shown() {
        return shown;
    }

    public Message get() {
        return shown.get();
    }
}
