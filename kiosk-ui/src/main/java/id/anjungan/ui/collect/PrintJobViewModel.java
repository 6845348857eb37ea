package id.anjungan.ui.collect;

import id.anjungan.backend.PdfDocument;
import id.anjungan.ui.i18n.Message;
import id.anjungan.ui.session.DocumentKind;
import id.anjungan.ui.shell.Journey;
import id.anjungan.ui.shell.Screen;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * One A4 print (a collected letter, the biodata, the family card): fetch the PDF, show its first page, print it
 * with progress until the printer says done.
 */
public final class PrintJobViewModel {

    private final Journey journey;
    private final ObjectProperty<PdfDocument> preview = new SimpleObjectProperty<>();
    private final ObjectProperty<Message> message = new SimpleObjectProperty<>();
    private final BooleanProperty done = new SimpleBooleanProperty();

    public PrintJobViewModel(Journey journey) {
        this.journey = journey;
        journey.onWipe(this::wipe);
    }

    /** Fetches the document under {@code waitKey}, shows its first page, and prints it. */
    public void start(String waitKey, DocumentKind kind, Supplier<PdfDocument> fetch) {
        wipe();
        journey.tasks().run(waitKey, fetch, pdf -> print(pdf, kind), problem -> {
            message.set(problem.message());
            journey.go(Screen.PRINTING);
        });
    }

    private void print(PdfDocument document, DocumentKind kind) {
        preview.set(document);
        journey.go(Screen.PRINTING);
        journey.tasks().run("collect.printingStart", () -> {
            journey.session().printA4(document, kind, (pages, total) -> journey.tasks().progress(total > 0
                    ? Message.of("collect.printing", Math.min(pages + 1, total), total) : Message.of("collect.printingStart")));
            return Boolean.TRUE;
        }, printed -> {
            done.set(true);
            message.set(Message.of("print.done"));
        }, problem -> message.set(problem.message()));
    }

    public void finish() {
        wipe();
        journey.go(Screen.HOME);
    }

    public ObjectProperty<PdfDocument> preview() {
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
