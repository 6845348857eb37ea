package id.anjungan.ui.session;

import id.anjungan.core.session.SessionEvent;
import id.anjungan.core.session.SessionListener;
import id.anjungan.core.session.SessionListeners;
import id.anjungan.core.session.SessionMachine;
import id.anjungan.core.session.SessionView;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** {@link SessionDriver} over kiosk-core's {@link SessionMachine}, listening among the machine's other listeners. */
public final class MachineDriver implements SessionDriver, SessionListener {

    private final SessionMachine machine;
    private final List<Consumer<SessionView>> listeners = new CopyOnWriteArrayList<>();

    public MachineDriver(SessionMachine machine, SessionListeners sessionListeners) {
        this.machine = Objects.requireNonNull(machine, "machine");
        sessionListeners.add(this);
    }

    @Override
    public void fire(SessionEvent event) {
        machine.fire(event);
    }

    @Override
    public SessionView current() {
        return machine.view();
    }

    @Override
    public void listen(Consumer<SessionView> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    @Override
    public void changed(SessionView view) {
        listeners.forEach(listener -> listener.accept(view));
    }
}
