package id.anjungan.ui.letter;

import id.anjungan.backend.letter.LetterType;
import id.anjungan.core.session.SessionEvent;
import id.anjungan.core.session.SessionState;
import id.anjungan.ui.i18n.Message;
import id.anjungan.ui.shell.Journey;
import id.anjungan.ui.shell.ScreenMessage;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The letters a resident may ask for, as the session read them at login; choosing one opens its form. */
public final class LetterListViewModel {

    private final Journey journey;
    private final ObservableList<LetterType> types = FXCollections.observableArrayList();
    private final ScreenMessage message;

    public LetterListViewModel(Journey journey) {
        this.journey = journey;
        this.message = new ScreenMessage(journey, SessionState.LETTER_FORM);
        journey.onView(SessionState.LETTER_FORM, view -> {
            if (view.chosenLetter() == null && !types.equals(view.letterTypes())) {
                types.setAll(view.letterTypes());
            }
            if (view.letterTypes().isEmpty()) {
                message.say(Message.of("letters.empty"));
            }
        });
        journey.onWipe(types::clear);
    }

    /** A letter chosen; one without a form cannot be asked for at the kiosk. */
    public void choose(LetterType type) {
        if (type.letterForm().isEmpty()) {
            message.say(Message.of("letters.noForm"));
            return;
        }
        journey.fire("wait", new SessionEvent.LetterChosen(type.id()));
    }

    public void back() {
        journey.fire("wait", new SessionEvent.Back());
    }

    public ObservableList<LetterType> types() {
        return types;
    }

    public ObservableValue<Message> message() {
        return message.shown();
    }
}
