package id.anjungan.backend;

import java.util.Objects;

/**
 * A successful login: the session to pass back, and who logged in. {@link #mustChangePin()} true means the next
 * screen is the PIN change, as OpenSID's own web kiosk does.
 */
public record LoginResult(Session session, ResidentProfile resident) {

    public LoginResult {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(resident, "resident");
    }

    public boolean mustChangePin() {
        return session.mustChangePin();
    }

    @Override
    public String toString() {
        return "LoginResult[" + session + ", " + resident + "]";
    }
}
