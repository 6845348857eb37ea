package id.anjungan.ui.shell;

import id.anjungan.ui.i18n.Message;
import id.anjungan.ui.session.Problem;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs slow work (backend calls, printing) off the UI thread and hands the result back on it. While work runs,
 * {@link #activity()} holds the message key of what the resident is waiting for, so one progress overlay serves
 * every screen. Tests pass a current-thread executor for both sides.
 */
public final class Tasks {

    private static final Logger LOG = LoggerFactory.getLogger(Tasks.class);

    private final Executor background;
    private final Executor ui;
    private final ReadOnlyObjectWrapper<Message> activity = new ReadOnlyObjectWrapper<>();

    public Tasks(Executor background, Executor ui) {
        this.background = Objects.requireNonNull(background, "background");
        this.ui = Objects.requireNonNull(ui, "ui");
    }

    /** Both sides on the calling thread: for view-model tests. */
    public static Tasks direct() {
        return new Tasks(Runnable::run, Runnable::run);
    }

    /** What the resident is waiting for, or null when nothing runs. */
    public ReadOnlyObjectProperty<Message> activity() {
        return activity.getReadOnlyProperty();
    }

    public boolean busy() {
        return activity.get() != null;
    }

    /**
     * Runs {@code work} in the background under the wait message {@code waitKey}, then {@code done} or {@code failed}
     * on the UI thread. A second call while one runs is ignored: a resident tapping twice must not send twice.
     */
    public <T> void run(String waitKey, Supplier<T> work, Consumer<T> done, Consumer<Problem> failed) {
        run(Message.of(waitKey), work, done, failed);
    }

    /** As {@link #run(String, Supplier, Consumer, Consumer)} with a wait message that has arguments. */
    public <T> void run(Message wait, Supplier<T> work, Consumer<T> done, Consumer<Problem> failed) {
        if (busy()) {
            return;
        }
        activity.set(Objects.requireNonNull(wait, "wait"));
        background.execute(() -> {
            T result;
            try {
                result = work.get();
            } catch (RuntimeException failure) {
                LOG.warn("{} failed: {}", wait.key(), failure.toString());
                Problem problem = Problem.from(failure);
                ui.execute(() -> {
                    activity.set(null);
                    failed.accept(problem);
                });
                return;
            }
            ui.execute(() -> {
                activity.set(null);
                done.accept(result);
            });
        });
    }

    /** Runs work without a wait message (the attract screen's village name); the result comes back on the UI thread. */
    public <T> void quietly(String what, Supplier<T> work, Consumer<T> done, Runnable failed) {
        background.execute(() -> {
            try {
                T result = work.get();
                ui.execute(() -> done.accept(result));
            } catch (RuntimeException failure) {
                LOG.debug("{} failed: {}", what, failure.toString());
                ui.execute(failed);
            }
        });
    }

    /** Runs work nobody waits for (a logout at the end of a session) in the background; failures are only logged. */
    public void detached(String what, Runnable work) {
        background.execute(() -> {
            try {
                work.run();
            } catch (RuntimeException failure) {
                LOG.warn("{} failed: {}", what, failure.toString());
            }
        });
    }

    /** Runs {@code work} on the UI thread (a view published by the session from another thread). */
    public void onUi(Runnable work) {
        ui.execute(work);
    }

    /** Updates the wait message of the work in progress (a print that reached page 2, for instance). */
    public void progress(Message wait) {
        ui.execute(() -> {
            if (activity.get() != null) {
                activity.set(wait);
            }
        });
    }
}
