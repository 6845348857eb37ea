package id.anjungan.core.session;

import id.anjungan.backend.BackendError;
import id.anjungan.backend.BackendException;
import id.anjungan.core.audit.AuditKind;
import id.anjungan.core.session.SessionEvent.Back;
import id.anjungan.core.session.SessionEvent.CardRemoved;
import id.anjungan.core.session.SessionEvent.Extend;
import id.anjungan.core.session.SessionEvent.Finish;
import id.anjungan.core.session.SessionEvent.HelpRequested;
import id.anjungan.core.session.SessionEvent.FingerprintUnavailable;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The resident session as an explicit state machine: events in ({@link #fire}), a {@link SessionView} out. Plain
 * Java, one event at a time (callers may be the UI thread's worker, a device listener or the idle timer). Backend
 * calls run inside {@link #fire}; a slow one is announced by publishing SUBMITTING first. Whatever way a session
 * ends (finish, back, idle, card removed, lockout, an expired token), it goes through WIPE.
 */
public final class SessionMachine {

    private static final Logger LOG = LoggerFactory.getLogger(SessionMachine.class);

    final SessionServices services;
    final SessionPolicy policy;
    private final SessionScheduler scheduler;
    private final SessionListener listener;
    private final IdentifySteps identify;
    private final ServiceSteps service;
    private final SessionWipe wipe;

    SessionState state = SessionState.ATTRACT;
    SessionData data = new SessionData();
    Said message;
    private boolean warning;
    private long generation;
    private SessionScheduler.Scheduled timer;

    public SessionMachine(SessionServices services, SessionPolicy policy, SessionScheduler scheduler, SessionListener listener) {
        this.services = services;
        this.policy = policy;
        this.scheduler = scheduler;
        this.listener = listener;
        this.identify = new IdentifySteps(this);
        this.service = new ServiceSteps(this);
        this.wipe = new SessionWipe(services);
    }

    /** The current screen. */
    public synchronized SessionView view() {
        return SessionViews.of(this, warning);
    }

    public synchronized SessionState state() {
        return state;
    }

    /** Handles one event; events a state does not expect are ignored. */
    public synchronized void fire(SessionEvent event) {
        SessionState before = state;
        message = null;
        boolean handled = global(event) || (state.verified()
                ? service.handle(event) : identify.handle(event));
        if (!handled) {
            LOG.debug("{} ignored in {}", event.getClass().getSimpleName(), before);
            return;
        }
        if (residentActed(event)) {
            warning = false;
            restartIdleTimer();
        }
        publish();
    }

    /**
     * The resident's template page while FINGERPRINT is asked, for the device bridge that runs the capture; never in a
     * {@link SessionView}.
     */
    synchronized Optional<FingerprintTurn> fingerprintTurn() {
        return state == SessionState.FINGERPRINT && data.fingerprintPage != null
                ? Optional.of(new FingerprintTurn(data, data.fingerprintPage)) : Optional.empty();
    }

    /**
     * Fires a capture's result only into the session it was captured for, so a slow capture that outlived its session
     * can never verify the next resident.
     *
     * @return whether the result was fired
     */
    synchronized boolean fireFingerprint(FingerprintTurn turn, SessionEvent result) {
        if (state != SessionState.FINGERPRINT || data != turn.session()) {
            return false;
        }
        fire(result);
        return true;
    }

    /** Whose fingerprint is asked: the session (compared by identity only) and the resident's template page. */
    record FingerprintTurn(Object session, int page) {
    }

    /** A capture that saw no finger is the reader's news, not the resident's doing: a resident who left still times out. */
    private static boolean residentActed(SessionEvent event) {
        return !(event instanceof FingerprintUnavailable unavailable
                && unavailable.cause() == FingerprintUnavailable.Cause.NO_FINGER);
    }

    private boolean global(SessionEvent event) {
        if (event instanceof HelpRequested) {
            data.helpCalled = true;
            data.notice = Sentences.HELP_CALLED;
            services.audit().record(AuditKind.HELP_REQUESTED, data.nik, "in " + state);
            listener.helpRequested();
            return true;
        }
        if (event instanceof Extend) {
            return warning || state != SessionState.ATTRACT;
        }
        if (event instanceof CardRemoved) {
            if (state == SessionState.ATTRACT || data.cardUid == null) {
                return false;
            }
            end("card-removed", Sentences.CARD_FAREWELL);
            return true;
        }
        if (state == SessionState.ATTRACT) {
            return false;
        }
        if (event instanceof Finish && !state.verified()) {
            end("left", Sentences.FAREWELL);
            return true;
        }
        if (event instanceof Back && (state == SessionState.IDENTIFY || state == SessionState.VERIFY
                || state == SessionState.FINGERPRINT || state == SessionState.CHANGE_PIN)) {
            end("left", Sentences.FAREWELL);
            return true;
        }
        return false;
    }

    /** Moves to a state. */
    void go(SessionState next) {
        state = next;
    }

    /** Shows a transient state (SUBMITTING) before slow work. */
    void publish() {
        listener.changed(SessionViews.of(this, warning));
    }

    void requested(boolean sentNow) {
        listener.requested(sentNow);
    }

    /** A backend failure: an expired session ends it, anything else is said on screen. */
    void failed(BackendException failure) {
        if (failure.error() == BackendError.UNAUTHENTICATED) {
            end("session-expired", Sentences.backend(failure));
        } else {
            message = Sentences.backend(failure);
        }
    }

    /** Every way out: WIPE (shown), everything forgotten, then ATTRACT with a farewell. */
    void end(String reason, Said farewell) {
        state = SessionState.WIPE;
        cancelTimer();
        publish();
        wipe.run(data, reason);
        data = new SessionData();
        warning = false;
        state = SessionState.ATTRACT;
        message = farewell;
        listener.ended(reason);
    }

    private void restartIdleTimer() {
        cancelTimer();
        if (state == SessionState.ATTRACT) {
            return;
        }
        schedule(policy.idleIn(state));
    }

    private void schedule(Duration delay) {
        long mine = ++generation;
        timer = scheduler.schedule(delay, () -> timeout(mine));
    }

    private void cancelTimer() {
        generation++;
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
    }

    private synchronized void timeout(long which) {
        if (which != generation || state == SessionState.ATTRACT) {
            return;
        }
        if (!warning) {
            warning = true;
            schedule(policy.warning());
            publish();
            return;
        }
        end("idle", Sentences.IDLE_FAREWELL);
        publish();
    }
}
