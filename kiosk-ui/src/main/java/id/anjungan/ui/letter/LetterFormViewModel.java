package id.anjungan.ui.letter;

import id.anjungan.backend.BackendError;
import id.anjungan.backend.letter.LetterType;
import id.anjungan.ui.i18n.Message;
import id.anjungan.ui.session.Problem;
import id.anjungan.ui.session.TicketInfo;
import id.anjungan.ui.shell.Journey;
import id.anjungan.ui.shell.Screen;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A letter form built from the server's {@code form_surat}: its fields, its requirements, the confirm page and the
 * submission. The server's 422 messages land at their fields and the form comes back.
 */
public final class LetterFormViewModel {

    private final Journey journey;
    private final ObjectProperty<LetterType> type = new SimpleObjectProperty<>();
    private final ObservableList<FieldViewModel> fields = FXCollections.observableArrayList();
    private final ObservableList<RequirementViewModel> requirements = FXCollections.observableArrayList();
    private final ObjectProperty<Message> message = new SimpleObjectProperty<>();
    private final ObjectProperty<TicketInfo> ticket = new SimpleObjectProperty<>();

    public LetterFormViewModel(Journey journey) {
        this.journey = journey;
        journey.onWipe(this::wipe);
    }

    void start(LetterType letter) {
        wipe();
        type.set(letter);
        letter.letterForm().ifPresent(form -> {
            // requirements first: the view rebuilds the form when the fields arrive
            requirements.setAll(form.requirements().stream().map(RequirementViewModel::new).toList());
            fields.setAll(form.fields().stream().map(FieldViewModel::new).toList());
        });
    }

    /** "Periksa isian": every field checked on the kiosk; the confirm page when all are right. */
    public boolean review() {
        boolean allRight = true;
        for (FieldViewModel field : fields) {
            allRight &= field.validate();
        }
        if (!allRight) {
            message.set(Message.of("form.fixErrors"));
            return false;
        }
        message.set(null);
        journey.go(Screen.CONFIRM);
        return true;
    }

    /** Back from the confirm page to change answers. */
    public void edit() {
        journey.go(Screen.LETTER_FORM);
    }

    /** Sends the request; the ticket screen follows, or the form again with the server's messages. */
    public void send() {
        LetterType letter = type.get();
        Map<String, String> answers = answers();
        Map<String, String> syarat = chosenRequirements();
        journey.tasks().run("submit.progress", () -> journey.session().submit(letter, answers, syarat), done -> {
            ticket.set(done);
            journey.go(Screen.TICKET);
        }, this::refused);
    }

    private void refused(Problem problem) {
        if (problem.is(BackendError.VALIDATION) && !problem.fieldErrors().isEmpty()) {
            problem.fieldErrors().forEach((name, messages) -> fields.stream()
                    .filter(field -> field.field().name().equals(name)).findFirst()
                    .ifPresent(field -> field.error().set(Message.literal(String.join(" ", messages)))));
            message.set(Message.of("form.fixErrors"));
            journey.go(Screen.LETTER_FORM);
        } else {
            message.set(problem.message());
        }
    }

    Map<String, String> answers() {
        Map<String, String> answers = new LinkedHashMap<>();
        fields.forEach(field -> answers.put(field.field().name(), field.value().get() == null ? "" : field.value().get().trim()));
        return answers;
    }

    Map<String, String> chosenRequirements() {
        Map<String, String> chosen = new LinkedHashMap<>();
        requirements.forEach(r -> chosen.put(r.requirement().id(), r.choice().get() == null ? "-1" : r.choice().get().value()));
        return chosen;
    }

    /** Ticket done: back home. */
    public void ticketDone() {
        ticket.set(null);
        journey.go(Screen.HOME);
    }

    public void back() {
        journey.go(Screen.LETTER_LIST);
    }

    public ObjectProperty<LetterType> type() {
        return type;
    }

    public ObservableList<FieldViewModel> fields() {
        return fields;
    }

    public ObservableList<RequirementViewModel> requirements() {
        return requirements;
    }

    public ObjectProperty<Message> message() {
        return message;
    }

    public ObjectProperty<TicketInfo> ticket() {
        return ticket;
    }

    private void wipe() {
        type.set(null);
        fields.clear();
        requirements.clear();
        message.set(null);
        ticket.set(null);
    }
}
