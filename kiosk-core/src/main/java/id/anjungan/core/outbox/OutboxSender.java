package id.anjungan.core.outbox;

import id.anjungan.backend.BackendError;
import id.anjungan.backend.BackendException;
import id.anjungan.backend.Nik;
import id.anjungan.backend.Session;
import id.anjungan.backend.VillageBackend;
import id.anjungan.backend.letter.LetterRequest;
import id.anjungan.core.audit.AuditKind;
import id.anjungan.core.audit.AuditLog;
import id.anjungan.core.queue.ClaimCodes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a resident's stored requests while they are logged in, oldest first. OpenSID has no idempotency field,
 * so an entry whose earlier send may have reached the server (SENDING) is first looked for in the resident's own
 * request list: a request of the same letter, made since that send started, that no other entry claims, is taken
 * as it, and nothing is resent. A PENDING entry was never sent, so it goes without a look.
 */
public final class OutboxSender {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);

    /** Allowance for the server's clock running behind the kiosk's. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final Outbox outbox;
    private final ClaimCodes claims;
    private final AuditLog audit;

    public OutboxSender(Outbox outbox, ClaimCodes claims, AuditLog audit) {
        this.outbox = outbox;
        this.claims = claims;
        this.audit = audit;
    }

    /**
     * Sends what waits for this resident. Stops at the first unreachable backend (the rest waits, in order).
     *
     * @return what happened to each entry that was waiting
     */
    public OutboxReport sendFor(VillageBackend backend, Session session, Nik nik) {
        List<OutboxEntry> sent = new ArrayList<>();
        List<OutboxEntry> rejected = new ArrayList<>();
        List<OutboxEntry> waiting = new ArrayList<>();
        List<LetterRequest> existing = null;
        for (OutboxEntry entry : outbox.entries(nik)) {
            if (entry.state() != OutboxState.PENDING && entry.state() != OutboxState.SENDING) {
                continue;
            }
            if (!waiting.isEmpty()) {
                waiting.add(entry);
                continue;
            }
            try {
                if (entry.state() == OutboxState.SENDING) {
                    existing = existing == null ? backend.myRequests(session) : existing;
                    Optional<LetterRequest> earlier = alreadyThere(entry, existing);
                    if (earlier.isPresent()) {
                        finish(entry, earlier.get().id(), nik, "found on the server; not resent");
                        sent.add(entry);
                        continue;
                    }
                }
                outbox.sending(entry.key());
                LetterRequest request = backend.submitRequest(session, outbox.draft(nik, entry.key()));
                finish(entry, request.id(), nik, "sent");
                sent.add(entry);
            } catch (BackendException failure) {
                if (failure.error() == BackendError.VALIDATION) {
                    outbox.rejected(entry.key(), String.join("; ", failure.fieldErrors().keySet()));
                    audit.record(AuditKind.OUTBOX_SENT, nik, "stored request " + entry.queueNumber() + " refused: "
                            + failure.fieldErrors().keySet());
                    rejected.add(entry);
                } else {
                    LOG.info("outbox: request {} still waits ({})", entry.queueNumber(), failure.error());
                    waiting.add(entry);
                }
            }
        }
        return new OutboxReport(sent, rejected, waiting);
    }

    private Optional<LetterRequest> alreadyThere(OutboxEntry entry, List<LetterRequest> existing) {
        List<String> known = outbox.knownRequestIds();
        return existing.stream()
                .filter(request -> !known.contains(request.id()))
                .filter(request -> entry.letterName().equalsIgnoreCase(request.letterName()))
                .filter(request -> request.submittedAt() == null
                        || !request.submittedAt().isBefore(entry.updatedAt().minus(CLOCK_SKEW)))
                .reduce((newer, older) -> older);
    }

    private void finish(OutboxEntry entry, String requestId, Nik nik, String how) {
        outbox.sent(entry.key(), requestId);
        claims.requestSent(entry.key(), requestId);
        audit.record(AuditKind.OUTBOX_SENT, nik, "stored request " + entry.queueNumber() + " " + how + " as " + requestId);
        LOG.info("outbox: request {} {} as {}", entry.queueNumber(), how, requestId);
    }
}
