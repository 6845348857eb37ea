package id.anjungan.ui.collect;

import id.anjungan.backend.letter.ArchivedLetter;
import id.anjungan.ui.i18n.Message;
import id.anjungan.ui.session.DocumentKind;
import id.anjungan.ui.shell.Journey;
import id.anjungan.ui.shell.Screen;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Ambil Surat: the resident's issued letters; a signed one prints on the A4 printer. */
public final class CollectViewModel {

    private final Journey journey;
    private final PrintJobViewModel printing;
    private final ObservableList<ArchivedLetter> letters = FXCollections.observableArrayList();
    private final ObjectProperty<Message> message = new SimpleObjectProperty<>();

    public CollectViewModel(Journey journey, PrintJobViewModel printing) {
        this.journey = journey;
        this.printing = printing;
        journey.onWipe(() -> {
            letters.clear();
            message.set(null);
        });
    }

    public void open() {
        message.set(null);
        journey.tasks().run("wait", () -> journey.session().letters(), loaded -> {
            letters.setAll(loaded);
            message.set(loaded.stream().noneMatch(ArchivedLetter::printable) ? Message.of("collect.empty") : null);
            journey.go(Screen.COLLECT);
        }, problem -> {
            message.set(problem.message());
            journey.go(Screen.COLLECT);
        });
    }

    /** Prints a letter; only a signed one with its file, as OpenSID's own policy hands out. */
    public void print(ArchivedLetter letter) {
        if (!letter.printable()) {
            message.set(Message.of("collect.notSigned"));
            return;
        }
        printing.start("collect.loading", DocumentKind.LETTER, () -> journey.session().download(letter));
    }

    public void back() {
        journey.go(Screen.HOME);
    }

    public ObservableList<ArchivedLetter> letters() {
        return letters;
    }

    public ObjectProperty<Message> message() {
        return message;
    }
}
