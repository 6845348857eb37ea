package id.anjungan.ui.session;

import id.anjungan.core.session.SessionEvent;
import id.anjungan.core.session.SessionView;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The session for view-model tests: it records every event the screens fire and answers each with the view the test
 * scripted ({@link #answer}), or with no new view at all. kiosk-core's own tests cover what the real machine decides.
 */
public final class FakeSessionDriver implements SessionDriver {

    public final List<SessionEvent> fired = new ArrayList<>();
    /** The view the session publishes after an event, or null to publish nothing. */
    public Function<SessionEvent, SessionView> answer = event -> null;
    private final List<Consumer<SessionView>> listeners = new ArrayList<>();
    private SessionView current = Views.in(id.anjungan.core.session.SessionState.ATTRACT).build();

    @Override
    public void fire(SessionEvent event) {
        fired.add(event);
        SessionView next = answer.apply(event);
        if (next != null) {
            show(next);
        }
    }

    /** Publishes a view as the machine does (also for events from devices or the idle timer). */
    public void show(SessionView view) {
        current = view;
        listeners.forEach(listener -> listener.accept(view));
    }

    @Override
    public SessionView current() {
        return current;
    }

    @Override
    public void listen(Consumer<SessionView> listener) {
        listeners.add(listener);
    }

    /** The last event fired. */
    public SessionEvent last() {
        return fired.get(fired.size() - 1);
    }
}
