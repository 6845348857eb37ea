package id.anjungan.ui.letter;

import id.anjungan.backend.letter.LetterType;
import id.anjungan.core.session.SessionEvent;
import id.anjungan.core.session.SessionState;
import id.anjungan.core.session.SessionView;
import id.anjungan.core.session.TicketView;
import id.anjungan.ui.i18n.Message;
import id.anjungan.ui.shell.Journey;
import id.anjungan.ui.shell.ScreenMessage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A letter form built from the server's {@code form_surat}: its fields, its requirements, the confirm page, the
 * submission and the ticket. The kiosk checks each field as the resident goes; the session checks again, and the
 * server's 422 messages come back at their fields with the answers kept.
 */
public final class LetterFormViewModel {

    /** kiosk-core's own field checks, worded by the bundles here. */
    static final Map<String, String> CORE_FIELD_CHECKS = Map.of("Wajib diisi.", "letter.required",
            "Pilih salah satu.", "letter.chooseRequirement");

    private final Journey journey;
    private final ObjectProperty<LetterType> type = new SimpleObjectProperty<>();
    private final ObservableList<FieldViewModel> fields = FXCollections.observableArrayList();
    private final ObservableList<RequirementViewModel> requirements = FXCollections.observableArrayList();
    private final ScreenMessage message;
    private final ObjectProperty<TicketView> ticket = new SimpleObjectProperty<>();

    public LetterFormViewModel(Journey journey) {
        this.journey = journey;
        this.message = new ScreenMessage(journey, SessionState.LETTER_FORM, SessionState.CONFIRM, SessionState.SUBMITTING);
        journey.onView(SessionState.LETTER_FORM, this::showForm);
        journey.onView(SessionState.TICKET, view -> ticket.set(view.ticket()));
        journey.onWipe(this::wipe);
    }

    private void showForm(SessionView view) {
        LetterType chosen = view.chosenLetter();
        if (chosen == null) {
            return;
        }
        if (type.get() == null || !Objects.equals(type.get().id(), chosen.id())) {
            start(chosen);
        }
        view.answers().forEach((name, answer) -> field(name).ifPresent(field -> field.value().set(answer)));
        view.fieldErrors().forEach((name, messages) -> field(name).ifPresent(field -> field.error().set(fieldMessage(messages))));
    }

    private java.util.Optional<FieldViewModel> field(String name) {
        return fields.stream().filter(field -> field.field().name().equals(name)).findFirst();
    }

    private static Message fieldMessage(List<String> messages) {
        if (messages.size() == 1 && CORE_FIELD_CHECKS.containsKey(messages.get(0))) {
            return new Message(CORE_FIELD_CHECKS.get(messages.get(0)), List.of(), messages.get(0));
        }
        // the server's own words (Indonesian); they cannot be re-worded here
        return Message.literal(String.join(" ", messages));
    }

    void start(LetterType letter) {
        fields.clear();
        requirements.clear();
        type.set(letter);
        letter.letterForm().ifPresent(form -> {
            // requirements first: the view rebuilds the form when the fields arrive
            requirements.setAll(form.requirements().stream().map(RequirementViewModel::new).toList());
            fields.setAll(form.fields().stream().map(FieldViewModel::new).toList());
        });
    }

    /** "Periksa isian": every field checked on the kiosk, then the session checks and shows the confirm page. */
    public boolean review() {
        boolean allRight = true;
        for (FieldViewModel field : fields) {
            allRight &= field.validate();
        }
        if (!allRight) {
            message.say(Message.of("form.fixErrors"));
            return false;
        }
        message.clear();
        journey.fire("wait", new SessionEvent.FormSubmitted(answers(), chosenRequirements()));
        return true;
    }

    /** Back from the confirm page to change answers. */
    public void edit() {
        journey.fire("wait", new SessionEvent.Back());
    }

    /** Sends the request; the ticket follows, or the form again with the server's messages at their fields. */
    public void send() {
        journey.fire("submit.progress", new SessionEvent.Confirmed());
    }

    Map<String, String> answers() {
        Map<String, String> answers = new LinkedHashMap<>();
        fields.forEach(field -> answers.put(field.field().name(), field.value().get() == null ? "" : field.value().get().trim()));
        return answers;
    }

    Map<String, String> chosenRequirements() {
        Map<String, String> chosen = new LinkedHashMap<>();
        requirements.forEach(r -> chosen.put(r.requirement().id(), r.choice().get() == null ? "" : r.choice().get().value()));
        return chosen;
    }

    /** Ticket done: back home. */
    public void ticketDone() {
        journey.fire("wait", new SessionEvent.Back());
    }

    /** Back from the form: home. */
    public void back() {
        journey.fire("wait", new SessionEvent.Back());
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

    public ObservableValue<Message> message() {
        return message.shown();
    }

    /** The ticket of the request just made: its number, its claim code (the QR), whether it printed and was sent. */
    public ObjectProperty<TicketView> ticket() {
        return ticket;
    }

    private void wipe() {
        type.set(null);
        fields.clear();
        requirements.clear();
        ticket.set(null);
    }
}
