package id.anjungan.ui.shell;

import id.anjungan.core.session.SessionEvent;
import id.anjungan.core.session.SessionState;
import id.anjungan.core.session.SessionView;
import id.anjungan.ui.i18n.Message;
import id.anjungan.ui.i18n.Texts;
import id.anjungan.ui.session.SessionDriver;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The resident's way through the screens, as kiosk-core's session machine decides it: screens fire events, the
 * machine publishes a view, and the journey shows the screen for its state. Whenever a session ends (Keluar, the
 * survey, idle, a lockout, a removed card) the machine wipes its side and the journey makes every screen forget what
 * it holds before the attract screen comes back.
 */
public final class Journey {

    private final SessionDriver session;
    private final Tasks tasks;
    private final Texts texts;
    private final ReadOnlyObjectWrapper<SessionView> view = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Screen> screen = new SimpleObjectProperty<>(Screen.ATTRACT);
    private final BooleanProperty printingShown = new SimpleBooleanProperty();
    private final BooleanProperty outOfOrder = new SimpleBooleanProperty();
    private final ObjectProperty<Message> failure = new SimpleObjectProperty<>();
    private final List<Runnable> wipers = new ArrayList<>();
    private final List<Runnable> beforeEachView = new ArrayList<>();

    public Journey(SessionDriver session, Tasks tasks, Texts texts) {
        this.session = Objects.requireNonNull(session, "session");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.texts = Objects.requireNonNull(texts, "texts");
        view.set(session.current());
        session.listen(published -> tasks.onUi(() -> show(published)));
        printingShown.addListener((obs, was, now) -> showScreen());
        outOfOrder.addListener((obs, was, now) -> showScreen());
    }

    private void show(SessionView published) {
        boolean ended = published.state() == SessionState.ATTRACT || published.state() == SessionState.WIPE;
        boolean wasInSession = view.get() != null && view.get().state() != SessionState.ATTRACT;
        if (ended && wasInSession) {
            printingShown.set(false);
            wipers.forEach(Runnable::run);
            texts.reset();
        }
        failure.set(null);
        beforeEachView.forEach(Runnable::run);
        view.set(published);
        showScreen();
    }

    private void showScreen() {
        Screen next = Screen.of(view.get(), printingShown.get());
        screen.set(next == Screen.ATTRACT && outOfOrder.get() ? Screen.OUT_OF_ORDER : next);
    }

    /** Hands an event to the session under the wait message {@code waitKey}; a tap while one runs is ignored. */
    public void fire(String waitKey, SessionEvent event) {
        fire(waitKey, event, done -> { });
    }

    /** As {@link #fire(String, SessionEvent)}, then {@code afterwards} on the UI thread with the view it left. */
    public void fire(String waitKey, SessionEvent event, Consumer<SessionView> afterwards) {
        Objects.requireNonNull(event, "event");
        tasks.run(waitKey, () -> {
            session.fire(event);
            return session.current();
        }, afterwards, problem -> failure.set(problem.message()));
    }

    /** Hands an event to the session without a wait message (the resident is still there, staff were called). */
    public void fireQuietly(SessionEvent event) {
        tasks.detached(event.getClass().getSimpleName(), () -> session.fire(event));
    }

    public ReadOnlyObjectProperty<SessionView> view() {
        return view.getReadOnlyProperty();
    }

    /** The session's current view; never null. */
    public SessionView current() {
        return view.get();
    }

    /** The session's sentence for the current screen (an error, a farewell), or null. */
    public Message message() {
        return failure.get() != null ? failure.get() : Message.said(view.get().message());
    }

    /** The session's notice (what the outbox did, what a print did), or null. */
    public Message notice() {
        return Message.said(view.get().notice());
    }

    /** A failure the session itself did not put into words (a bug, a lost thread); shown like its messages. */
    public ReadOnlyObjectProperty<Message> failure() {
        return failure;
    }

    public Tasks tasks() {
        return tasks;
    }

    public Texts texts() {
        return texts;
    }

    public ReadOnlyObjectProperty<Screen> screen() {
        return screen;
    }

    public Screen currentScreen() {
        return screen.get();
    }

    /** A collected letter is printing: the printing screen shows over the letter list until the resident is done. */
    public BooleanProperty printingShown() {
        return printingShown;
    }

    /** Nothing the kiosk offers works: the attract screen gives way to the out-of-order screen. */
    public BooleanProperty outOfOrder() {
        return outOfOrder;
    }

    /** A screen's view model registers how to forget what it holds (typed digits, form answers, a preview). */
    public void onWipe(Runnable wiper) {
        wipers.add(Objects.requireNonNull(wiper, "wiper"));
    }

    /** Runs {@code reset} before any screen sees a new view from the session (a screen's own message goes). */
    public void beforeEachView(Runnable reset) {
        beforeEachView.add(Objects.requireNonNull(reset, "reset"));
    }

    /** Runs {@code action} with each view the session publishes while in {@code state}. */
    public void onView(SessionState state, Consumer<SessionView> action) {
        view.addListener((obs, old, now) -> {
            if (now != null && now.state() == state) {
                action.accept(now);
            }
        });
    }
}
