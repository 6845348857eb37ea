package id.anjungan.core.session;

import java.time.Duration;
import java.util.Map;

/**
 * The rules a session follows.
 *
 * @param fingerprintAllowed ask an enrolled resident for a fingerprint after the PIN
 * @param printSignedOnly    print only letters signed electronically ({@code tte = 1})
 * @param idle               idle time before the warning, per state without its own value
 * @param idlePerState       idle time of particular states
 * @param warning            how long the warning shows before WIPE
 * @param consentVersion     the version of the consent text shown when a card is linked
 */
public record SessionPolicy(boolean fingerprintAllowed, boolean printSignedOnly, Duration idle,
        Map<SessionState, Duration> idlePerState, Duration warning, String consentVersion) {

    public SessionPolicy {
        idlePerState = Map.copyOf(idlePerState);
    }

    Duration idleIn(SessionState state) {
        return idlePerState.getOrDefault(state, idle);
    }
}
