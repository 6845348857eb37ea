package id.anjungan.core.config;

import java.time.Duration;
import java.util.Map;

/**
 * How long the session waits for the resident.
 *
 * @param idle     idle time before the warning, for every state without its own value
 * @param warning  how long the warning shows before the session is wiped
 * @param perState state name in kebab case (e.g. {@code letter-form}) → its own idle time
 */
public record TimeoutProperties(Duration idle, Duration warning, Map<String, Duration> perState) {

    public TimeoutProperties {
        perState = perState == null ? Map.of() : Map.copyOf(perState);
    }
}
