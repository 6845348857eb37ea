package id.anjungan.core.queue;

import id.anjungan.backend.Nik;
import id.anjungan.core.storage.KioskDatabase;
import id.anjungan.core.storage.KioskSecret;
import id.anjungan.core.storage.Sealer;
import id.anjungan.core.storage.Sql;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Claim codes, printed as the ticket's QR. The kiosk keeps, per code, only a keyed index of the code and the NIK
 * sealed under a key derived from the code: the database alone opens nothing, the paper ticket opens its own
 * record. A scan pre-selects the resident and the request; the PIN is still asked. Records expire.
 */
public final class ClaimCodes {

    /** What every claim QR starts with, so a scan tells a ticket apart from a typed or scanned NIK. */
    public static final String PREFIX = "ADM1-";

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final String INDEX = "claim-index";
    private static final String SEAL = "claim-seal";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Sql sql;
    private final KioskSecret secret;
    private final Clock clock;
    private final Duration retention;

    public ClaimCodes(KioskDatabase database, KioskSecret secret, Clock clock, Duration retention) {
        this.sql = database.sql();
        this.secret = secret;
        this.clock = clock;
        this.retention = retention;
    }

    /** Makes a new code for a ticket; exactly one of {@code requestId} and {@code outboxKey} is given. */
    public String issue(Nik nik, String requestId, String outboxKey, String letterName, String queueNumber) {
        StringBuilder code = new StringBuilder(PREFIX);
        for (int i = 0; i < 12; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        String text = code.toString();
        Instant now = clock.instant();
        sql.update("INSERT INTO claim (code_index, sealed_nik, request_id, outbox_key, letter_name, queue_number, created_at,"
                        + " expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", secret.hash(INDEX, text),
                Sealer.seal(secret.derive(SEAL, text), nik.digits()), requestId, outboxKey, letterName, queueNumber,
                now.toString(), now.plus(retention).toEpochMilli());
        return text;
    }

    /** Whether a scanned text looks like a claim code at all. */
    public static boolean looksLikeClaim(String scanned) {
        return scanned != null && scanned.trim().toUpperCase(Locale.ROOT).startsWith(PREFIX);
    }

    /** The claim behind a scanned code, when it exists and has not expired. */
    public Optional<Claim> redeem(String scanned) {
        String text = scanned.trim().toUpperCase(Locale.ROOT);
        purgeExpired();
        byte[] key = secret.derive(SEAL, text);
        return sql.first("SELECT sealed_nik, request_id, outbox_key, letter_name, queue_number FROM claim WHERE code_index = ?",
                row -> new Stored(row.getBytes(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5)),
                secret.hash(INDEX, text))
                .flatMap(stored -> Sealer.open(key, stored.sealedNik()).map(digits -> new Claim(new Nik(digits),
                        stored.requestId(), stored.outboxKey(), stored.letterName(), stored.queueNumber())));
    }

    /** Once the outbox sent a request, its tickets lead to the server's request. */
    public void requestSent(String outboxKey, String requestId) {
        sql.update("UPDATE claim SET request_id = ? WHERE outbox_key = ?", requestId, outboxKey);
    }

    /** A claim row before its NIK is opened. */
    private record Stored(byte[] sealedNik, String requestId, String outboxKey, String letterName, String queueNumber) {
    }

    /** Deletes expired records; returns how many. */
    public long purgeExpired() {
        return sql.update("DELETE FROM claim WHERE expires_at < ?", clock.instant().toEpochMilli());
    }
}
