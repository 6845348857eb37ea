package id.anjungan.ui.session;

import id.anjungan.backend.letter.ArchivedLetter;
import id.anjungan.backend.letter.LetterRequest;
import id.anjungan.backend.letter.LetterType;
import id.anjungan.core.session.Said;
import id.anjungan.core.session.SessionState;
import id.anjungan.core.session.SessionView;
import id.anjungan.core.session.TicketView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the views kiosk-core's session publishes, for view-model tests. */
public final class Views {

    private final SessionState state;
    private Said message;
    private boolean idleWarning;
    private String maskedNik;
    private String name;
    private List<LetterType> letterTypes = List.of();
    private LetterType chosen;
    private Map<String, String> answers = Map.of();
    private final Map<String, List<String>> fieldErrors = new LinkedHashMap<>();
    private List<LetterRequest> requests = List.of();
    private String highlighted;
    private List<ArchivedLetter> letters = List.of();
    private TicketView ticket;
    private boolean offerCardLink;
    private Said notice;

    private Views(SessionState state) {
        this.state = state;
    }

    public static Views in(SessionState state) {
        return new Views(state);
    }

    /** A logged-in resident's view: Budi, masked NIK. */
    public static Views loggedIn(SessionState state) {
        return in(state).resident("Budi Santoso");
    }

    public Views message(Said said) {
        this.message = said;
        return this;
    }

    public Views idleWarning() {
        this.idleWarning = true;
        return this;
    }

    public Views resident(String residentName) {
        this.name = residentName;
        this.maskedNik = "3301********0001";
        return this;
    }

    public Views letterTypes(LetterType... types) {
        this.letterTypes = List.of(types);
        return this;
    }

    public Views chosen(LetterType letter) {
        this.chosen = letter;
        return this;
    }

    public Views answers(Map<String, String> given) {
        this.answers = given;
        return this;
    }

    public Views fieldError(String field, String... messages) {
        this.fieldErrors.put(field, List.of(messages));
        return this;
    }

    public Views requests(List<LetterRequest> list, String highlightedId) {
        this.requests = list;
        this.highlighted = highlightedId;
        return this;
    }

    public Views letters(ArchivedLetter... list) {
        this.letters = List.of(list);
        return this;
    }

    public Views ticket(TicketView shown) {
        this.ticket = shown;
        return this;
    }

    public Views offerCardLink() {
        this.offerCardLink = true;
        return this;
    }

    public Views notice(Said said) {
        this.notice = said;
        return this;
    }

    public SessionView build() {
        return new SessionView(state, message, idleWarning, false, maskedNik, name, letterTypes, chosen, answers, fieldErrors,
                requests, highlighted, letters, ticket, offerCardLink, notice);
    }
}
