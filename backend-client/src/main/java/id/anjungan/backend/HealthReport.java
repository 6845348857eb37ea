package id.anjungan.backend;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The answer of OpenSID's {@code GET /healthcheck}: each check's result as the server wrote it. For operators and
 * diagnostics only; the server allows 6 calls a minute, so it is no heartbeat.
 *
 * @param healthy    the server answered 200 (every check truthy)
 * @param checks     check name → result ({@code "true"}, {@code "false"} or an error text)
 * @param villageCode the {@code kodeDesa} entry, or null
 */
public record HealthReport(boolean healthy, Map<String, String> checks, String villageCode) {

    public HealthReport {
        checks = Map.copyOf(checks);
    }

    /** The names of the checks that did not pass, sorted. */
    public List<String> failingChecks() {
        return checks.entrySet().stream()
                .filter(entry -> !entry.getKey().equals("kodeDesa"))
                .filter(entry -> !entry.getValue().equalsIgnoreCase("true"))
                .map(Map.Entry::getKey)
                .sorted()
                .collect(Collectors.toList());
    }
}
