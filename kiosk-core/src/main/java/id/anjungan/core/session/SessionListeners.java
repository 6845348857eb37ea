package id.anjungan.core.session;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Fans session notifications out to every listener (metrics, the UI's view model). */
public final class SessionListeners implements SessionListener {

    private final List<SessionListener> listeners = new CopyOnWriteArrayList<>();

    public void add(SessionListener listener) {
        listeners.add(listener);
    }

    public void remove(SessionListener listener) {
        listeners.remove(listener);
    }

    @Override
    public void changed(SessionView view) {
        listeners.forEach(listener -> listener.changed(view));
    }

    @Override
    public void helpRequested() {
        listeners.forEach(SessionListener::helpRequested);
    }

    @Override
    public void ended(String reason) {
        listeners.forEach(listener -> listener.ended(reason));
    }

    @Override
    public void requested(boolean sentNow) {
        listeners.forEach(listener -> listener.requested(sentNow));
    }
}
