package id.anjungan.core.session;

import id.anjungan.backend.BackendException;
import id.anjungan.core.outbox.OutboxEntry;
import id.anjungan.core.outbox.OutboxReport;
import java.util.Objects;

/**
 * Entering HOME after a full verification: first the resident's stored requests go out (the only moment the
 * kiosk holds their token), then the letter list is read, and a scanned ticket leads straight to its request.
 */
final class HomeEntry {

    private final SessionMachine machine;

    HomeEntry(SessionMachine machine) {
        this.machine = machine;
    }

    void enter() {
        SessionData data = machine.data;
        SessionServices services = machine.services;
        OutboxReport report = services.outboxSender().sendFor(services.backend(), data.backendSession, data.nik);
        data.notice = notice(report);
        try {
            data.letterTypes = services.backend().letterTypes(data.backendSession);
        } catch (BackendException failure) {
            machine.failed(failure);
            if (machine.state == SessionState.ATTRACT) {
                return;
            }
        }
        data.offerCardLink = data.cardUid != null && data.resident.tag().filter(data.cardUid::equals).isPresent()
                && !services.cards().linked(data.nik);
        machine.go(SessionState.HOME);
        if (data.claim != null) {
            String requestId = data.claim.requestId() != null ? data.claim.requestId() : services.outbox().entries(data.nik)
                    .stream().filter(entry -> entry.key().equals(data.claim.outboxKey())).map(OutboxEntry::requestId)
                    .filter(Objects::nonNull).findFirst().orElse(null);
            new ServiceSteps(machine).showRequests(requestId);
        }
    }

    private static Said notice(OutboxReport report) {
        if (report.nothingWaited()) {
            return null;
        }
        return Sentences.outboxReport(report.sent().size(), report.rejected().size(), report.waiting().size());
    }
}
