package id.anjungan.ui.shell;

import id.anjungan.ui.i18n.Texts;
import id.anjungan.ui.session.Resident;
import id.anjungan.ui.session.SessionPort;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The resident's way through the screens: which screen shows, who is logged in, and the one way out. Every exit
 * (Keluar, the survey, the idle timeout, the operator) ends in {@link #end()}, which wipes the session and every
 * screen's state before the attract screen comes back.
 */
public final class Journey {

    private final SessionPort session;
    private final Tasks tasks;
    private final Texts texts;
    private final ObjectProperty<Screen> screen = new SimpleObjectProperty<>(Screen.ATTRACT);
    private final ObjectProperty<Resident> resident = new SimpleObjectProperty<>();
    private final List<Runnable> wipers = new ArrayList<>();

    public Journey(SessionPort session, Tasks tasks, Texts texts) {
        this.session = Objects.requireNonNull(session, "session");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.texts = Objects.requireNonNull(texts, "texts");
    }

    public SessionPort session() {
        return session;
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

    public Screen current() {
        return screen.get();
    }

    public void go(Screen next) {
        screen.set(Objects.requireNonNull(next, "next"));
    }

    public ObjectProperty<Resident> resident() {
        return resident;
    }

    /** A screen's view model registers how to forget what it holds (typed digits, form answers, lists). */
    public void onWipe(Runnable wiper) {
        wipers.add(Objects.requireNonNull(wiper, "wiper"));
    }

    /** Ends the session: logout, every screen forgets, Indonesian again, back to the attract screen. */
    public void end() {
        tasks.detached("wipe", session::wipe);
        resident.set(null);
        wipers.forEach(Runnable::run);
        texts.reset();
        screen.set(Screen.ATTRACT);
    }
}
