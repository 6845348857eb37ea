package id.anjungan.core.session;

import id.anjungan.backend.VillageBackend;
import id.anjungan.core.audit.AuditLog;
import id.anjungan.core.enrolment.CardLinks;
import id.anjungan.core.enrolment.FingerprintEnrolments;
import id.anjungan.core.outbox.Outbox;
import id.anjungan.core.outbox.OutboxSender;
import id.anjungan.core.print.TicketPrinting;
import id.anjungan.core.queue.ClaimCodes;
import id.anjungan.core.queue.QueueNumbers;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the session machine works with.
 *
 * @param backend      the village
 * @param audit        the audit log
 * @param lockout      the local throttle
 * @param cards        card links
 * @param claims       claim codes
 * @param fingerprints enrolments
 * @param queue        queue numbers
 * @param tickets      ticket printing through the journal
 * @param outbox       stored requests
 * @param outboxSender sends stored requests at login
 * @param documents    the A4 output, if the kiosk has one
 * @param tempRoot     where per-session folders are made
 * @param villageName  the name printed on tickets
 * @param clock        the clock
 */
public record SessionServices(VillageBackend backend, AuditLog audit, LocalLockout lockout, CardLinks cards, ClaimCodes claims,
        FingerprintEnrolments fingerprints, QueueNumbers queue, TicketPrinting tickets, Outbox outbox,
        OutboxSender outboxSender, Optional<DocumentOutput> documents, Path tempRoot, Supplier<String> villageName,
        Clock clock) {
}
