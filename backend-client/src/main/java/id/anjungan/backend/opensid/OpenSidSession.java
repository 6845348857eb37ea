package id.anjungan.backend.opensid;

import id.anjungan.backend.Session;
import java.time.Instant;
import java.util.Objects;

/** The session {@link OpenSidApiClient} hands out: the JWT stays inside this package. */
final class OpenSidSession implements Session {

    private final String token;
    private final Instant expiresAt;
    private final boolean mustChangePin;

    OpenSidSession(String token, Instant expiresAt, boolean mustChangePin) {
        this.token = Objects.requireNonNull(token, "token");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
        this.mustChangePin = mustChangePin;
    }

    String token() {
        return token;
    }

    @Override
    public Instant expiresAt() {
        return expiresAt;
    }

    @Override
    public boolean mustChangePin() {
        return mustChangePin;
    }

    /** The same token once the server accepted the new PIN. */
    OpenSidSession pinChanged() {
        return new OpenSidSession(token, expiresAt, false);
    }

    @Override
    public String toString() {
        return "Session[token=***, expiresAt=" + expiresAt + (mustChangePin ? ", mustChangePin" : "") + "]";
    }
}
