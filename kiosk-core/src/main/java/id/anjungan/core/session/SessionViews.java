package id.anjungan.core.session;

import java.util.List;

/** Builds the view of a machine's current state. */
final class SessionViews {

    private SessionViews() {
    }

    static SessionView of(SessionMachine machine, boolean warning) {
        SessionData data = machine.data;
        return new SessionView(machine.state, machine.message, warning, data.helpCalled,
                data.nik == null ? null : data.nik.masked(), data.resident == null ? null : data.resident.name(),
                machine.state.verified() ? data.letterTypes : List.of(), data.chosen, data.answers, data.fieldErrors,
                data.requests, data.highlighted, data.letters, data.ticket, data.offerCardLink, data.notice);
    }
}
