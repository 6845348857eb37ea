package id.anjungan.ui.collect;

import id.anjungan.backend.letter.ArchivedLetter;
import id.anjungan.core.session.SessionEvent;
import id.anjungan.core.session.SessionState;
import id.anjungan.ui.i18n.Message;
import id.anjungan.ui.shell.Journey;
import id.anjungan.ui.shell.ScreenMessage;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Ambil Surat: the resident's issued letters that can be printed here (the session offers only signed ones with a
 * file, as the village's policy says); one tap prints it on the A4 printer, shown on the printing screen.
 */
public final class CollectViewModel {

    private final Journey journey;
    private final PrintJobViewModel printing;
    private final ObservableList<ArchivedLetter> letters = FXCollections.observableArrayList();
    private final ScreenMessage message;

    public CollectViewModel(Journey journey, PrintJobViewModel printing) {
        this.journey = journey;
        this.printing = printing;
        this.message = new ScreenMessage(journey, SessionState.COLLECT);
        journey.onView(SessionState.COLLECT, view -> {
            if (!letters.equals(view.letters())) {
                letters.setAll(view.letters());
            }
            if (view.letters().isEmpty() && view.message() == null) {
                message.say(Message.of("collect.empty"));
            }
        });
        journey.onWipe(letters::clear);
    }

    /** Prints a letter; only a signed one, as OpenSID's own policy hands out. */
    public void print(ArchivedLetter letter) {
        if (!letter.printable()) {
            message.say(Message.of("collect.notSigned"));
            return;
        }
        printing.begin();
        journey.printingShown().set(true);
        journey.fire("collect.loading", new SessionEvent.CollectChosen(letter.id()), printing::finished);
    }

    public void back() {
        journey.fire("wait", new SessionEvent.Back());
    }

    public ObservableList<ArchivedLetter> letters() {
        return letters;
    }

    public ObservableValue<Message> message() {
        return message.shown();
    }
}
