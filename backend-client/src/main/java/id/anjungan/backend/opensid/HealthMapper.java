package id.anjungan.backend.opensid;

import com.fasterxml.jackson.databind.JsonNode;
import id.anjungan.backend.BackendError;
import id.anjungan.backend.BackendException;
import id.anjungan.backend.HealthReport;
import id.anjungan.backend.transport.HttpReply;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads {@code /healthcheck}: 200 when every check passed, 500 with the same map when one did not. */
final class HealthMapper {

    private HealthMapper() {
    }

    /** The report, or null when the reply is not a health answer (the caller maps the failure then). */
    static HealthReport toReport(HttpReply reply) {
        if (reply.status() != 200 && reply.status() != 500) {
            return null;
        }
        JsonNode tree;
        try {
            tree = OpenSidJson.tree(reply.body(), "HEALTH");
        } catch (BackendException unreadable) {
            if (reply.status() == 500) {
                return null;
            }
            throw unreadable;
        }
        if (!tree.isObject() || tree.has("message") && tree.size() == 1) {
            if (reply.status() == 500) {
                return null;
            }
            throw new BackendException(BackendError.PROTOCOL, "HEALTH: the answer is not a map of checks");
        }
        Map<String, String> checks = new LinkedHashMap<>();
        tree.properties().forEach(entry -> checks.put(entry.getKey(),
                entry.getValue().isValueNode() ? entry.getValue().asText() : entry.getValue().toString()));
        String villageCode = tree.path("kodeDesa").isValueNode() ? Lenient.text(tree.path("kodeDesa").asText()) : null;
        return new HealthReport(reply.status() == 200, checks, villageCode);
    }
}
