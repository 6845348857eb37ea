package id.anjungan.village.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Laravel's {@code $request->input()}: query parameters merged with the body, which may be JSON,
 * form-urlencoded or multipart. Strings are trimmed and empty strings become null (Laravel's
 * TrimStrings and ConvertEmptyStringsToNull). A JSON body that does not parse counts as empty,
 * as in Laravel, so the validator answers it.
 */
public final class RequestInput {

    private final Map<String, Object> values;

    private RequestInput(Map<String, Object> values) {
        this.values = values;
    }

    public static RequestInput read(HttpServletRequest request, ObjectMapper mapper, long maxBytes) {
        Map<String, Object> values = new LinkedHashMap<>();
        request.getParameterMap().forEach((k, v) -> values.put(k, v.length == 0 ? null : normalise(v[0])));
        String type = request.getContentType();
        if (type != null && (type.toLowerCase(java.util.Locale.ROOT).contains("/json")
                || type.toLowerCase(java.util.Locale.ROOT).contains("+json"))) {
            JsonNode body = parse(readLimited(request, maxBytes), mapper);
            if (body != null && body.isObject()) {
                body.fields().forEachRemaining(e -> values.put(e.getKey(), jsonValue(e.getValue(), mapper)));
            }
        }
        return new RequestInput(values);
    }

    private static byte[] readLimited(HttpServletRequest request, long maxBytes) {
        try (InputStream in = request.getInputStream()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw ApiException.tooLarge();
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("reading the request body failed", e);
        }
    }

    private static JsonNode parse(byte[] bytes, ObjectMapper mapper) {
        if (bytes.length == 0) {
            return null;
        }
        try {
            return mapper.readTree(bytes);
        } catch (IOException e) {
            return null;
        }
    }

    private static Object jsonValue(JsonNode node, ObjectMapper mapper) {
        if (node.isNull()) {
            return null;
        }
        if (node.isTextual()) {
            return normalise(node.textValue());
        }
        if (node.isValueNode()) {
            return node.asText();
        }
        return mapper.convertValue(node, Object.class);
    }

    private static Object normalise(String s) {
        if (s == null) {
            return null;
        }
        String trimmed = s.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** The value as text; null when absent or empty; null for an array or object too (see {@link #isStructured}). */
    public String text(String key) {
        Object v = values.get(key);
        return v instanceof String s ? s : null;
    }

    /** True when the client sent an array or object where a string was expected. */
    public boolean isStructured(String key) {
        Object v = values.get(key);
        return v instanceof Map || v instanceof java.util.List;
    }

    /** Laravel's {@code required}: present and not empty. */
    public boolean filled(String key) {
        Object v = values.get(key);
        if (v instanceof Map<?, ?> m) {
            return !m.isEmpty();
        }
        if (v instanceof java.util.List<?> l) {
            return !l.isEmpty();
        }
        return v != null;
    }
}
