package id.anjungan.core.session;

import id.anjungan.backend.BackendException;
import id.anjungan.backend.letter.LetterRequest;
import id.anjungan.core.audit.AuditKind;
import id.anjungan.core.session.SessionEvent.Back;
import id.anjungan.core.session.SessionEvent.CancelChosen;
import id.anjungan.core.session.SessionEvent.CardLinkAccepted;
import id.anjungan.core.session.SessionEvent.CollectChosen;
import id.anjungan.core.session.SessionEvent.Confirmed;
import id.anjungan.core.session.SessionEvent.Finish;
import id.anjungan.core.session.SessionEvent.LetterChosen;
import id.anjungan.core.session.SessionEvent.MenuChosen;
import id.anjungan.core.session.SessionEvent.SurveyAnswered;
import java.util.Optional;

/** Everything after verification: the menu, letters, requests, printing, the survey. */
final class ServiceSteps {

    private final SessionMachine machine;
    private final LetterSteps letters;
    private final DocumentSteps documents;

    ServiceSteps(SessionMachine machine) {
        this.machine = machine;
        this.letters = new LetterSteps(machine);
        this.documents = new DocumentSteps(machine);
    }

    boolean handle(SessionEvent event) {
        SessionState state = machine.state;
        if (event instanceof Finish && state != SessionState.SURVEY) {
            machine.go(SessionState.SURVEY);
            return true;
        }
        switch (state) {
            case HOME:
                return home(event);
            case LETTER_FORM:
            case CONFIRM:
                return letters.handle(event);
            case TICKET:
            case PRINT_DOCUMENT:
                return backHome(event);
            case MY_REQUESTS:
                return requests(event);
            case CANCEL:
                return cancel(event);
            case COLLECT:
                return event instanceof CollectChosen chosen ? documents.collect(chosen.archiveId()) : backHome(event);
            case SURVEY:
                return survey(event);
            default:
                return false;
        }
    }

    private boolean home(SessionEvent event) {
        if (event instanceof CardLinkAccepted && machine.data.offerCardLink) {
            machine.services.cards().link(machine.data.cardUid, machine.data.nik, machine.policy.consentVersion());
            machine.services.audit().record(AuditKind.ENROLMENT, machine.data.nik, "card linked, consent "
                    + machine.policy.consentVersion());
            machine.data.offerCardLink = false;
            machine.data.notice = Sentences.CARD_LINKED;
            return true;
        }
        if (event instanceof LetterChosen) {
            return letters.handle(event);
        }
        if (!(event instanceof MenuChosen menu)) {
            return false;
        }
        switch (menu.choice()) {
            case LETTER:
                machine.data.chosen = null;
                machine.go(SessionState.LETTER_FORM);
                return true;
            case MY_REQUESTS:
                showRequests(null);
                return true;
            case COLLECT:
                return documents.listLetters();
            case BIODATA:
            case FAMILY_CARD:
                return documents.printPersonal(menu.choice());
            case FINISH:
                machine.go(SessionState.SURVEY);
                return true;
            default:
                return false;
        }
    }

    /** Reads the resident's requests and shows them, one highlighted. */
    void showRequests(String highlighted) {
        try {
            machine.data.requests = machine.services.backend().myRequests(machine.data.backendSession);
            machine.data.highlighted = highlighted;
            machine.go(SessionState.MY_REQUESTS);
        } catch (BackendException failure) {
            machine.failed(failure);
        }
    }

    private boolean requests(SessionEvent event) {
        if (event instanceof CancelChosen chosen) {
            Optional<LetterRequest> request = machine.data.requests.stream()
                    .filter(candidate -> candidate.id().equals(chosen.requestId())).findFirst();
            if (request.isPresent() && request.get().status().cancellable()) {
                machine.data.highlighted = chosen.requestId();
                machine.go(SessionState.CANCEL);
            } else {
                machine.message = Sentences.NOT_CANCELLABLE;
            }
            return true;
        }
        return backHome(event);
    }

    private boolean cancel(SessionEvent event) {
        if (event instanceof Back) {
            machine.go(SessionState.MY_REQUESTS);
            return true;
        }
        if (!(event instanceof Confirmed)) {
            return false;
        }
        String id = machine.data.highlighted;
        try {
            machine.services.backend().cancelRequest(machine.data.backendSession, id);
            machine.services.audit().record(AuditKind.REQUEST_CANCELLED, machine.data.nik, "request " + id);
            showRequests(id);
            machine.data.notice = Sentences.CANCELLED;
        } catch (BackendException failure) {
            machine.failed(failure);
            if (machine.state == SessionState.CANCEL) {
                machine.go(SessionState.MY_REQUESTS);
            }
        }
        return true;
    }

    private boolean survey(SessionEvent event) {
        if (event instanceof SurveyAnswered answer) {
            if (answer.level() < 1 || answer.level() > 4) {
                return false;
            }
            machine.services.audit().record(AuditKind.SURVEY, "level " + answer.level());
            machine.end("finished", Sentences.FAREWELL);
            return true;
        }
        if (event instanceof Back || event instanceof Finish) {
            machine.end("finished", Sentences.FAREWELL);
            return true;
        }
        return false;
    }

    private boolean backHome(SessionEvent event) {
        if (event instanceof Back) {
            machine.go(SessionState.HOME);
            return true;
        }
        return false;
    }
}
