package id.anjungan.ui.identify;

import id.anjungan.backend.BackendError;
import id.anjungan.ui.i18n.Message;
import id.anjungan.ui.session.Problem;
import id.anjungan.ui.session.Resident;
import id.anjungan.ui.shell.Journey;
import id.anjungan.ui.shell.Screen;
import java.time.Duration;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The PIN step. The PIN is masked, sent once and cleared; wrong PINs count down the tries OpenSID allows (five per NIK
 * and kiosk), and a lockout says how long to wait. A PIN that must be changed leads to the PIN change first.
 */
public final class VerifyViewModel {

    static final int MAX_TRIES = 5;
    private static final int PIN_MAX = 12;
    private static final int PIN_MIN = 4;

    private final Journey journey;
    private final IdentifyViewModel identify;
    private final DigitEntry pin = new DigitEntry(PIN_MAX, true);
    private final ObjectProperty<Message> message = new SimpleObjectProperty<>();
    private final BooleanProperty locked = new SimpleBooleanProperty();
    private String failedFor;
    private int failures;

    public VerifyViewModel(Journey journey, IdentifyViewModel identify) {
        this.journey = journey;
        this.identify = identify;
        journey.onWipe(this::wipe);
    }

    /** OK on the keypad. */
    public void submit() {
        String nik = identify.acceptedNik();
        if (nik == null) {
            journey.go(Screen.IDENTIFY);
            return;
        }
        if (pin.length() < PIN_MIN || locked.get()) {
            return;
        }
        String typed = pin.value();
        pin.clear();
        journey.tasks().run("wait", () -> journey.session().login(nik, typed), this::loggedIn, problem -> refused(nik, problem));
    }

    private void loggedIn(Resident resident) {
        failures = 0;
        failedFor = null;
        message.set(null);
        journey.resident().set(resident);
        journey.go(resident.mustChangePin() ? Screen.CHANGE_PIN : Screen.HOME);
    }

    private void refused(String nik, Problem problem) {
        if (problem.is(BackendError.WRONG_CREDENTIALS)) {
            if (!nik.equals(failedFor)) {
                failedFor = nik;
                failures = 0;
            }
            failures++;
            int left = Math.max(0, MAX_TRIES - failures);
            message.set(left == 1 ? Message.of("verify.wrongLast") : Message.of("verify.wrong", left));
        } else if (problem.is(BackendError.LOCKED_OUT)) {
            locked.set(true);
            long minutes = problem.retryAfter().map(VerifyViewModel::minutesUp).orElse(60L);
            message.set(Message.of("verify.locked", minutes));
        } else {
            message.set(problem.message());
        }
    }

    private static long minutesUp(Duration wait) {
        return Math.max(1, (wait.getSeconds() + 59) / 60);
    }

    /** Back to the NIK. */
    public void back() {
        pin.clear();
        message.set(null);
        locked.set(false);
        journey.go(Screen.IDENTIFY);
    }

    public DigitEntry pin() {
        return pin;
    }

    public ObjectProperty<Message> message() {
        return message;
    }

    /** True after a lockout: the keypad stays shut until the resident goes back. */
    public BooleanProperty locked() {
        return locked;
    }

    private void wipe() {
        pin.clear();
        message.set(null);
        locked.set(false);
        failures = 0;
        failedFor = null;
    }
}
