package id.anjungan.ui.session;

import id.anjungan.core.session.SessionEvent;
import id.anjungan.core.session.SessionView;
import java.util.function.Consumer;

/**
 * The screens' handle on kiosk-core's resident session: events go in, views come out. The rules (what follows a PIN,
 * when a session ends, what is wiped) live in the session machine; the screens only show what it says.
 */
public interface SessionDriver {

    /** Hands one event to the session; blocks while it works (a backend call, a print), so never on the UI thread. */
    void fire(SessionEvent event);

    /** What the session shows now. */
    SessionView current();

    /** Told of every view the session publishes, on whatever thread published it. */
    void listen(Consumer<SessionView> listener);
}
