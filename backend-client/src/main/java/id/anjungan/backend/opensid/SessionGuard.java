package id.anjungan.backend.opensid;

import id.anjungan.backend.BackendError;
import id.anjungan.backend.BackendException;
import id.anjungan.backend.Session;
import java.time.Clock;

/**
 * Decides, before any request, whether a session may be used. The forced PIN change lives here, in the client,
 * because OpenSID's API does not enforce {@code ganti_pin} itself (only its web UI does): enforcing it at the port
 * means no caller can forget it.
 */
final class SessionGuard {

    private final Clock clock;

    SessionGuard(Clock clock) {
        this.clock = clock;
    }

    /** For every call except change-PIN and logout. */
    OpenSidSession usable(Session session) {
        OpenSidSession own = live(session);
        if (own.mustChangePin()) {
            throw new BackendException(BackendError.MUST_CHANGE_PIN,
                    "the server asked for a new PIN (ganti_pin = 1); only change-pin and logout are allowed");
        }
        return own;
    }

    /** Any session this client issued that has not expired, whether or not the PIN must change. */
    OpenSidSession live(Session session) {
        OpenSidSession own = issued(session);
        if (!clock.instant().isBefore(own.expiresAt())) {
            throw new BackendException(BackendError.UNAUTHENTICATED, "the session expired at " + own.expiresAt());
        }
        return own;
    }

    /** Any session this client issued, expired or not. */
    static OpenSidSession issued(Session session) {
        if (session instanceof OpenSidSession) {
            return (OpenSidSession) session;
        }
        throw new BackendException(BackendError.UNAUTHENTICATED,
                "not a session issued by this client: " + (session == null ? "null" : session.getClass().getName()));
    }
}
