package id.anjungan.backend;

import java.time.Instant;

/**
 * One resident's logged-in session, handed back to every call that needs it. Only the implementation that
 * created it can read its token; no {@code toString()} ever prints the token. The caller drops it at logout.
 */
public interface Session {

    /** When the server's token expires, by this kiosk's clock at login. */
    Instant expiresAt();

    /**
     * Whether the server asked for a new PIN ({@code ganti_pin = 1}). While true, every call except
     * {@link VillageBackend#changePin} and {@link VillageBackend#logout} fails with {@link BackendError#MUST_CHANGE_PIN}.
     */
    boolean mustChangePin();
}
