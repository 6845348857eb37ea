package id.anjungan.ui.letter;

import id.anjungan.backend.letter.LetterType;
import id.anjungan.ui.i18n.Message;
import id.anjungan.ui.shell.Journey;
import id.anjungan.ui.shell.Screen;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The letters a resident may ask for; choosing one opens its form. */
public final class LetterListViewModel {

    private final Journey journey;
    private final LetterFormViewModel form;
    private final ObservableList<LetterType> types = FXCollections.observableArrayList();
    private final ObjectProperty<Message> message = new SimpleObjectProperty<>();

    public LetterListViewModel(Journey journey, LetterFormViewModel form) {
        this.journey = journey;
        this.form = form;
        journey.onWipe(() -> {
            types.clear();
            message.set(null);
        });
    }

    /** Loads the catalogue and shows it. */
    public void open() {
        message.set(null);
        journey.tasks().run("wait", () -> journey.session().letterTypes(), loaded -> {
            types.setAll(loaded);
            message.set(loaded.isEmpty() ? Message.of("letters.empty") : null);
            journey.go(Screen.LETTER_LIST);
        }, problem -> {
            types.clear();
            message.set(problem.message());
            journey.go(Screen.LETTER_LIST);
        });
    }

    /** A letter chosen; one without a form cannot be asked for here. */
    public void choose(LetterType type) {
        if (type.letterForm().isEmpty()) {
            message.set(Message.of("letters.noForm"));
            return;
        }
        form.start(type);
        journey.go(Screen.LETTER_FORM);
    }

    public void back() {
        journey.go(Screen.HOME);
    }

    public ObservableList<LetterType> types() {
        return types;
    }

    public ObjectProperty<Message> message() {
        return message;
    }
}
