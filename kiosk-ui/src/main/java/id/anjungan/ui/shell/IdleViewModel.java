package id.anjungan.ui.shell;

import java.time.Duration;
import java.time.Instant;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * The idle timer of a session: after {@code warnAfter} without a touch a warning counts down; "Saya masih di sini"
 * extends the session; at {@code endAfter} the session ends. Time comes in through {@link #tick(Instant)}, so tests
 * need no clock.
 */
public final class IdleViewModel {

    private final Journey journey;
    private final Duration warnAfter;
    private final Duration endAfter;
    private final BooleanProperty warning = new SimpleBooleanProperty();
    private final IntegerProperty secondsLeft = new SimpleIntegerProperty();
    private Instant lastTouch;

    public IdleViewModel(Journey journey, Duration warnAfter, Duration endAfter, Instant now) {
        if (endAfter.compareTo(warnAfter) <= 0) {
            throw new IllegalArgumentException("the session must end after the warning, not before");
        }
        this.journey = journey;
        this.warnAfter = warnAfter;
        this.endAfter = endAfter;
        this.lastTouch = now;
        journey.screen().addListener((obs, old, screen) -> touched(lastTouch));
    }

    /** Any touch or key: the resident is there. */
    public void touched(Instant now) {
        lastTouch = now;
        warning.set(false);
    }

    /** "Saya masih di sini". */
    public void stay(Instant now) {
        touched(now);
    }

    public void tick(Instant now) {
        if (!journey.current().inSession() || journey.tasks().busy()) {
            // a resident waiting for a print or the backend is not idle
            lastTouch = now;
            warning.set(false);
            return;
        }
        Duration idle = Duration.between(lastTouch, now);
        if (idle.compareTo(endAfter) >= 0) {
            warning.set(false);
            journey.end();
        } else if (idle.compareTo(warnAfter) >= 0) {
            secondsLeft.set((int) Math.max(1, endAfter.minus(idle).toSeconds()));
            warning.set(true);
        }
    }

    public BooleanProperty warning() {
        return warning;
    }

    public IntegerProperty secondsLeft() {
        return secondsLeft;
    }
}
