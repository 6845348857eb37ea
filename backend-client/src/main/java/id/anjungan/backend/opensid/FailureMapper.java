package id.anjungan.backend.opensid;

import com.fasterxml.jackson.databind.JsonNode;
import id.anjungan.backend.BackendError;
import id.anjungan.backend.BackendException;
import id.anjungan.backend.Nik;
import id.anjungan.backend.transport.HttpReply;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a reply that is not a success into one {@link BackendException}. A 4xx counts only when its body has one of
 * the contract's error shapes; any other body (a proxy's HTML page, the premium gate's pass-through JSON) means
 * something other than OpenSID answered, so the backend is {@link BackendError#UNAVAILABLE}.
 */
final class FailureMapper {

    private static final Pattern SECONDS = Pattern.compile("(\\d+)\\s*detik", Pattern.CASE_INSENSITIVE);
    private static final int MAX_DETAIL = 200;

    private FailureMapper() {
    }

    static BackendException map(Endpoint endpoint, HttpReply reply) {
        int status = reply.status();
        String where = endpoint + " answered " + status;
        if (status >= 300 && status < 400) {
            return new BackendException(BackendError.PROTOCOL,
                    where + " redirecting to '" + reply.header("Location") + "'; check the base URL");
        }
        ErrorBodyDto body = contractBody(reply);
        if (status >= 500) {
            return new BackendException(BackendError.UNAVAILABLE, where + describe(reply, body));
        }
        if (body == null) {
            return new BackendException(BackendError.UNAVAILABLE,
                    where + " with a body that is not OpenSID's (" + shape(reply) + "): something in between answered");
        }
        String text = message(body);
        switch (status) {
            case 400:
                return of(endpoint.onBadRequest(), where + ": " + text, body);
            case 401:
                return of(endpoint.onUnauthorized(), where + ": " + text, body);
            case 403:
                return of(endpoint.onForbidden(), where + ": " + text, body);
            case 404:
                return of(endpoint.onNotFound(), where + ": " + text, body);
            case 422:
                return BackendException.validation(where + ": " + text, fieldErrors(body));
            case 429:
                return new BackendException(BackendError.UNAVAILABLE, where + " (throttled): " + text);
            default:
                return new BackendException(BackendError.PROTOCOL, where + " (unexpected status): " + text);
        }
    }

    private static BackendException of(BackendError error, String detail, ErrorBodyDto body) {
        switch (error) {
            case LOCKED_OUT:
                return BackendException.lockedOut(detail, waitOf(message(body)));
            case VALIDATION:
                return BackendException.validation(detail, fieldErrors(body));
            default:
                return new BackendException(error, detail);
        }
    }

    /** "Terlalu banyak upaya masuk. Silahkan coba lagi dalam 3599 detik." → 3599 s; null when no number is given. */
    static Duration waitOf(String message) {
        Matcher matcher = SECONDS.matcher(message == null ? "" : message);
        if (!matcher.find()) {
            return null;
        }
        try {
            return Duration.ofSeconds(Long.parseLong(matcher.group(1)));
        } catch (NumberFormatException absurd) {
            return null;
        }
    }

    /** The body as an error DTO when it is JSON in one of the contract's error shapes, else null. */
    private static ErrorBodyDto contractBody(HttpReply reply) {
        try {
            JsonNode tree = OpenSidJson.mapper().readTree(reply.body());
            if (tree == null || !tree.isObject()
                    || !(tree.has("messages") || tree.has("message") || tree.has("errors") || tree.has("error"))) {
                return null;
            }
            return OpenSidJson.mapper().treeToValue(tree, ErrorBodyDto.class);
        } catch (IOException | IllegalArgumentException notContract) {
            return null;
        }
    }

    static String message(ErrorBodyDto body) {
        List<String> parts = new ArrayList<>();
        for (JsonNode node : new JsonNode[] {body.messages(), body.message(), body.error()}) {
            collectText(node, parts);
        }
        String joined = String.join("; ", parts);
        String masked = Nik.maskAll(joined);
        return masked.length() > MAX_DETAIL ? masked.substring(0, MAX_DETAIL) + "…" : masked;
    }

    private static Map<String, List<String>> fieldErrors(ErrorBodyDto body) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        JsonNode source = body.errors() != null && body.errors().isObject() ? body.errors()
                : body.messages() != null && body.messages().isObject() ? body.messages() : null;
        if (source != null) {
            source.properties().forEach(entry -> {
                List<String> texts = new ArrayList<>();
                collectText(entry.getValue(), texts);
                fields.put(entry.getKey(), texts);
            });
        }
        return fields;
    }

    private static void collectText(JsonNode node, List<String> into) {
        if (node == null || node.isNull()) {
            return;
        }
        if (node.isValueNode()) {
            into.add(node.asText());
        } else {
            node.elements().forEachRemaining(child -> collectText(child, into));
        }
    }

    private static String describe(HttpReply reply, ErrorBodyDto body) {
        return body == null ? " (" + shape(reply) + ")" : ": " + message(body);
    }

    private static String shape(HttpReply reply) {
        String type = reply.mediaType().isEmpty() ? "no content type" : reply.mediaType();
        return type + ", " + reply.body().length + " bytes";
    }
}
