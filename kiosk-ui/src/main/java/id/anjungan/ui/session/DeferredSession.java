package id.anjungan.ui.session;

import id.anjungan.core.session.SessionEvent;
import id.anjungan.core.session.SessionState;
import id.anjungan.core.session.SessionView;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * The session while the kiosk is still starting: the attract screen shows at once, and the session machine joins
 * when kiosk-core's context is ready. An event fired before then (a resident touching the screen in the first
 * seconds) waits for the machine on the worker thread, so nothing a resident does is lost.
 */
public final class DeferredSession implements SessionDriver {

    /** The attract screen, before any session exists. */
    public static final SessionView WAITING = new SessionView(SessionState.ATTRACT, null, false, false, null, null, List.of(),
            null, Map.of(), Map.of(), List.of(), null, List.of(), null, false, null);

    private final CompletableFuture<SessionDriver> target = new CompletableFuture<>();
    private final Duration patience;
    private final List<Consumer<SessionView>> listeners = new CopyOnWriteArrayList<>();

    /** {@code patience}: how long an early event waits for the machine before it is dropped as a failure. */
    public DeferredSession(Duration patience) {
        this.patience = Objects.requireNonNull(patience, "patience");
    }

    /** The machine is ready: listeners move over to it. */
    public synchronized void attach(SessionDriver machine) {
        listeners.forEach(machine::listen);
        target.complete(machine);
    }

    /** Starting failed: early events fail instead of waiting. */
    public void failed(Throwable why) {
        target.completeExceptionally(why);
    }

    @Override
    public void fire(SessionEvent event) {
        try {
            target.get(patience.toMillis(), TimeUnit.MILLISECONDS).fire(event);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the kiosk was starting", interrupted);
        } catch (ExecutionException | TimeoutException notStarted) {
            throw new IllegalStateException("the kiosk's session did not start", notStarted);
        }
    }

    @Override
    public SessionView current() {
        SessionDriver ready = target.getNow(null);
        return ready == null ? WAITING : ready.current();
    }

    @Override
    public synchronized void listen(Consumer<SessionView> listener) {
        SessionDriver ready = target.getNow(null);
        if (ready != null) {
            ready.listen(listener);
        } else {
            listeners.add(listener);
        }
    }
}
