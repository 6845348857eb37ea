package id.anjungan.core.audit;

import java.time.Instant;

/**
 * One audit row.
 *
 * @param at       when
 * @param kiosk    which kiosk
 * @param kind     what happened
 * @param resident the keyed hash of the NIK, or null when no resident was identified
 * @param detail   free text without personal data (method, letter type, job id, reason)
 */
public record AuditEvent(Instant at, String kiosk, AuditKind kind, String resident, String detail) {
}
