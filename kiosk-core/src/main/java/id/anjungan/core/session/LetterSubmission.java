package id.anjungan.core.session;

import id.anjungan.backend.BackendError;
import id.anjungan.backend.BackendException;
import id.anjungan.backend.letter.LetterRequest;
import id.anjungan.core.audit.AuditKind;
import id.anjungan.core.print.PrintResult;
import id.anjungan.device.api.QueueTicket;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;

/**
 * SUBMITTING → TICKET. The request is either on the server or durably in the outbox before a ticket is printed,
 * and the ticket says which: a request is never lost, and a ticket never claims a send that did not happen.
 */
final class LetterSubmission {

    static final String FOOTER_SENT = "Simpan karcis ini untuk mengambil surat.";
    static final String FOOTER_STORED = "BELUM TERKIRIM ke kantor desa. Permohonan tersimpan dan dikirim saat Anda"
            + " masuk lagi di anjungan ini (pindai karcis ini, lalu PIN).";
    static final String NOT_SENT_REFERENCE = "belum terkirim";

    private final SessionMachine machine;

    LetterSubmission(SessionMachine machine) {
        this.machine = machine;
    }

    void submit() {
        SessionData data = machine.data;
        SessionServices services = machine.services;
        machine.go(SessionState.SUBMITTING);
        machine.publish();
        String requestId = null;
        String outboxKey = null;
        String number;
        try {
            LetterRequest request = services.backend().submitRequest(data.backendSession, data.draft);
            requestId = request.id();
            number = services.queue().next();
        } catch (BackendException failure) {
            if (failure.error() == BackendError.VALIDATION) {
                data.fieldErrors = new LinkedHashMap<>(failure.fieldErrors());
                machine.message = Sentences.backend(failure);
                machine.go(SessionState.LETTER_FORM);
                return;
            }
            if (failure.error() != BackendError.UNAVAILABLE) {
                machine.failed(failure);
                if (machine.state == SessionState.SUBMITTING) {
                    machine.go(SessionState.CONFIRM);
                }
                return;
            }
            number = services.queue().next();
            outboxKey = services.outbox().store(data.nik, data.draft, data.chosen.name(), number);
        }
        boolean sent = requestId != null;
        String claim = services.claims().issue(data.nik, requestId, outboxKey, data.chosen.name(), number);
        services.audit().record(sent ? AuditKind.LETTER_REQUESTED : AuditKind.LETTER_QUEUED_OFFLINE, data.nik,
                "letter " + data.chosen.slug() + ", queue " + number + (sent ? ", request " + requestId : ", stored offline"));
        machine.requested(sent);
        QueueTicket ticket = new QueueTicket(services.villageName().get(), number, data.chosen.name(),
                ZonedDateTime.now(services.clock()), sent ? "PRM-" + requestId : NOT_SENT_REFERENCE, claim,
                sent ? FOOTER_SENT : FOOTER_STORED);
        PrintResult printed = services.tickets().print(ticket);
        data.ticket = new TicketView(number, claim, data.chosen.name(), sent, printed.printed(),
                printed.printed() ? null : Sentences.device(printed.error()));
        data.draft = null;
        machine.go(SessionState.TICKET);
    }
}
