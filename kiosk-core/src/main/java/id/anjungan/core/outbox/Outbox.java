package id.anjungan.core.outbox;

import id.anjungan.backend.Nik;
import id.anjungan.backend.letter.LetterRequestDraft;
import id.anjungan.core.CoreError;
import id.anjungan.core.KioskCoreException;
import id.anjungan.core.storage.KioskDatabase;
import id.anjungan.core.storage.KioskSecret;
import id.anjungan.core.storage.Sealer;
import id.anjungan.core.storage.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Letter requests made while the backend was unreachable. Each is stored with an idempotency key under a keyed
 * hash of the NIK, its contents sealed under a key derived from the NIK: only the resident's next login at this
 * kiosk opens it, which is also the only time the kiosk holds a token to send it with (a token is never stored).
 */
public final class Outbox {

    static final String PURPOSE = "outbox";
    private static final String COLUMNS = "id, idem_key, letter_name, queue_number, state, request_id, reason, attempts,"
            + " updated_at";

    private final Sql sql;
    private final KioskSecret secret;
    private final Clock clock;

    public Outbox(KioskDatabase database, KioskSecret secret, Clock clock) {
        this.sql = database.sql();
        this.secret = secret;
        this.clock = clock;
    }

    /** Stores a request; returns its idempotency key. Committed before the ticket is printed. */
    public String store(Nik nik, LetterRequestDraft draft, String letterName, String queueNumber) {
        String key = UUID.randomUUID().toString();
        String now = clock.instant().toString();
        sql.update("INSERT INTO outbox (idem_key, resident, sealed_draft, letter_name, queue_number, state, created_at,"
                        + " updated_at) VALUES (?, ?, ?, ?, ?, 'PENDING', ?, ?)", key, resident(nik),
                Sealer.seal(secret.derive(PURPOSE, nik.digits()), DraftCodec.encode(draft)), letterName, queueNumber, now, now);
        return key;
    }

    /** The resident's entries, oldest first. */
    public List<OutboxEntry> entries(Nik nik) {
        return sql.query("SELECT " + COLUMNS + " FROM outbox WHERE resident = ? ORDER BY id", Outbox::read, resident(nik));
    }

    /** How many entries wait to be sent (PENDING or SENDING), for health. */
    public long depth() {
        return sql.first("SELECT COUNT(*) FROM outbox WHERE state IN ('PENDING', 'SENDING')", row -> row.getLong(1)).orElse(0L);
    }

    /** Every request id the outbox already attributed to one of its entries. */
    List<String> knownRequestIds() {
        return sql.query("SELECT request_id FROM outbox WHERE request_id IS NOT NULL", row -> row.getString(1));
    }

    /** Opens an entry's draft with the resident's NIK. */
    LetterRequestDraft draft(Nik nik, String key) {
        byte[] sealed = sql.first("SELECT sealed_draft FROM outbox WHERE idem_key = ? AND resident = ?", row -> row.getBytes(1),
                key, resident(nik)).orElseThrow(() -> new KioskCoreException(CoreError.OUTBOX, "no entry " + key));
        return DraftCodec.decode(Sealer.open(secret.derive(PURPOSE, nik.digits()), sealed)
                .orElseThrow(() -> new KioskCoreException(CoreError.OUTBOX, "entry " + key + " cannot be opened")));
    }

    /** Marks a send as started, committed before the request goes out. */
    void sending(String key) {
        sql.update("UPDATE outbox SET state = 'SENDING', attempts = attempts + 1, updated_at = ? WHERE idem_key = ?",
                clock.instant().toString(), key);
    }

    /** The server has it; the sealed contents are no longer needed and are dropped. */
    void sent(String key, String requestId) {
        sql.update("UPDATE outbox SET state = 'SENT', request_id = ?, sealed_draft = X'', updated_at = ? WHERE idem_key = ?",
                requestId, clock.instant().toString(), key);
    }

    void rejected(String key, String reason) {
        sql.update("UPDATE outbox SET state = 'REJECTED', reason = ?, sealed_draft = X'', updated_at = ? WHERE idem_key = ?",
                reason, clock.instant().toString(), key);
    }

    private String resident(Nik nik) {
        return secret.hash(PURPOSE, nik.digits());
    }

    private static OutboxEntry read(ResultSet row) throws SQLException {
        return new OutboxEntry(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                OutboxState.valueOf(row.getString(5)), row.getString(6), row.getString(7), row.getInt(8),
                Instant.parse(row.getString(9)));
    }
}
