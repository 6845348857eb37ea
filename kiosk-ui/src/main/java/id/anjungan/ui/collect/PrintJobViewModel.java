package id.anjungan.ui.collect;

import id.anjungan.core.print.DocumentWatcher;
import id.anjungan.core.session.SessionEvent;
import id.anjungan.core.session.SessionState;
import id.anjungan.core.session.SessionView;
import id.anjungan.device.api.JobState;
import id.anjungan.device.api.JobStatus;
import id.anjungan.ui.i18n.Message;
import id.anjungan.ui.shell.Journey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One A4 print (a collected letter, the biodata, the family card) as the resident follows it: the document's first
 * page as soon as the session hands it to the printer, the print system's progress, and the outcome in plain words.
 * The page is read from the session's own temporary file and dropped when the session ends.
 */
public final class PrintJobViewModel implements DocumentWatcher {

    private static final Logger LOG = LoggerFactory.getLogger(PrintJobViewModel.class);

    private final Journey journey;
    private final ObjectProperty<byte[]> preview = new SimpleObjectProperty<>();
    private final ObjectProperty<Message> message = new SimpleObjectProperty<>();
    private final BooleanProperty done = new SimpleBooleanProperty();

    public PrintJobViewModel(Journey journey) {
        this.journey = journey;
        journey.onView(SessionState.PRINT_DOCUMENT, this::finished);
        journey.onWipe(this::wipe);
    }

    /** A print is about to be asked for: the screen starts empty. */
    void begin() {
        wipe();
    }

    @Override
    public void started(Path pdf, String what) {
        try {
            byte[] bytes = Files.readAllBytes(pdf);
            journey.tasks().onUi(() -> preview.set(bytes));
        } catch (IOException unreadable) {
            // the print goes on; only the picture of page 1 is missing
            LOG.warn("no preview of the {} being printed: {}", what, unreadable.getMessage());
        }
        journey.tasks().progress(Message.of("collect.printingStart"));
    }

    @Override
    public void status(JobStatus status) {
        if (status.state() == JobState.PRINTING) {
            journey.tasks().progress(Message.of("collect.printingNow"));
        }
    }

    /** The session has finished with the print: it says whether it printed or why not. */
    void finished(SessionView view) {
        if (view.message() != null) {
            message.set(Message.said(view.message()));
            done.set(false);
        } else if (view.notice() != null) {
            message.set(Message.said(view.notice()));
            done.set(true);
        }
    }

    /** Selesai: back to the letters (a collected letter) or home (biodata, family card). */
    public void finish() {
        SessionView view = journey.current();
        wipe();
        if (view != null && view.state() == SessionState.COLLECT) {
            journey.printingShown().set(false);
        } else {
            journey.fire("wait", new SessionEvent.Back());
        }
    }

    /** The PDF being printed, for a picture of its first page; null when there is none. */
    public ObjectProperty<byte[]> preview() {
        return preview;
    }

    public ObjectProperty<Message> message() {
        return message;
    }

    public BooleanProperty done() {
        return done;
    }

    private void wipe() {
        preview.set(null);
        message.set(null);
        done.set(false);
    }
}
