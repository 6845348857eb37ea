package id.anjungan.ui.shell;

import id.anjungan.core.session.SessionEvent;
import java.time.Duration;
import java.time.Instant;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * The session's idle warning as the resident sees it. The session machine keeps the time: it warns after a quiet
 * while and ends the session when the warning goes unanswered. Touches and typing that fire no event of their own
 * (digits on a keypad, a form being filled) still tell the machine the resident is there, at most every
 * {@link #NUDGE_EVERY}. Time comes in through {@link #tick(Instant)}, so tests need no clock.
 */
public final class IdleViewModel {

    /** How often plain touches are passed on as "still here"; the shortest idle time is a minute. */
    static final Duration NUDGE_EVERY = Duration.ofSeconds(10);

    private final Journey journey;
    private volatile Duration warningLasts;
    private final BooleanProperty warning = new SimpleBooleanProperty();
    private final IntegerProperty secondsLeft = new SimpleIntegerProperty();
    private Instant warnedAt;
    private Instant lastNudge = Instant.MIN;

    public IdleViewModel(Journey journey, Duration warningLasts) {
        this.journey = journey;
        warningLasts(warningLasts);
        journey.view().addListener((obs, old, view) -> {
            boolean warned = view != null && view.idleWarning();
            if (warned && !warning.get()) {
                warnedAt = null;
                secondsLeft.set((int) warningLasts.toSeconds());
            }
            warning.set(warned);
        });
    }

    /** How long the session's warning lasts before it ends the session (the configuration's {@code timeouts.warning}). */
    public void warningLasts(Duration duration) {
        this.warningLasts = java.util.Objects.requireNonNull(duration, "duration");
    }

    /** Any touch or key on the screen. */
    public void touched(Instant now) {
        if (warning.get()) {
            return;
        }
        if (journey.currentScreen().inSession() && Duration.between(lastNudge, now).compareTo(NUDGE_EVERY) >= 0) {
            lastNudge = now;
            journey.fireQuietly(new SessionEvent.Extend());
        }
    }

    /** "Saya masih di sini". */
    public void stay(Instant now) {
        lastNudge = now;
        journey.fire("wait", new SessionEvent.Extend());
    }

    /** The countdown, once a second. */
    public void tick(Instant now) {
        if (!warning.get()) {
            return;
        }
        if (warnedAt == null) {
            warnedAt = now;
        }
        long left = warningLasts.minus(Duration.between(warnedAt, now)).toSeconds();
        secondsLeft.set((int) Math.max(1, left));
    }

    public BooleanProperty warning() {
        return warning;
    }

    public IntegerProperty secondsLeft() {
        return secondsLeft;
    }
}
