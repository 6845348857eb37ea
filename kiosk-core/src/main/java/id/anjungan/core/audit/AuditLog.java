package id.anjungan.core.audit;

import id.anjungan.backend.Nik;
import id.anjungan.core.storage.KioskDatabase;
import id.anjungan.core.storage.KioskSecret;
import id.anjungan.core.storage.Sql;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The append-only audit log (triggers refuse UPDATE and DELETE). A resident appears only as a keyed hash of the
 * NIK; details pass through {@link Nik#maskAll} so a stray NIK in a reason text cannot land there either.
 */
public final class AuditLog {

    static final String PURPOSE = "audit";

    private final Sql sql;
    private final KioskSecret secret;
    private final Clock clock;
    private final String kiosk;

    public AuditLog(KioskDatabase database, KioskSecret secret, Clock clock, String kiosk) {
        this.sql = database.sql();
        this.secret = secret;
        this.clock = clock;
        this.kiosk = kiosk;
    }

    /** Records an event about no particular resident. */
    public void record(AuditKind kind, String detail) {
        write(kind, null, detail);
    }

    /** Records an event about a resident, who is stored as a keyed hash only. */
    public void record(AuditKind kind, Nik resident, String detail) {
        write(kind, resident == null ? null : reference(resident), detail);
    }

    /** The hash under which a resident appears in the audit log. */
    public String reference(Nik resident) {
        return secret.hash(PURPOSE, resident.digits());
    }

    /** Events newest last, for operators and tests. */
    public List<AuditEvent> events() {
        return sql.query("SELECT at, kiosk, kind, resident, detail FROM audit_event ORDER BY id",
                row -> new AuditEvent(Instant.parse(row.getString(1)), row.getString(2), AuditKind.valueOf(row.getString(3)),
                        row.getString(4), row.getString(5)));
    }

    private void write(AuditKind kind, String resident, String detail) {
        sql.update("INSERT INTO audit_event (at, kiosk, kind, resident, detail) VALUES (?, ?, ?, ?, ?)",
                clock.instant().toString(), kiosk, kind.name(), resident, detail == null ? "" : Nik.maskAll(detail));
    }
}
