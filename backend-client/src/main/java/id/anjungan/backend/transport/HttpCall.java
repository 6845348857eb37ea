package id.anjungan.backend.transport;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One request to send. {@link #toString()} never shows the bearer token or the body (a login body holds the PIN).
 *
 * @param method      GET, POST or PUT
 * @param path        the path below the base URL, already encoded, starting with {@code /}
 * @param query       query parameters, unencoded, in order
 * @param bearerToken the session token, or null
 * @param form        form fields sent as {@code application/x-www-form-urlencoded}, or null for no body
 * @param maxBytes    the largest response body accepted
 * @param idempotent  whether a failure may be retried (GETs only)
 */
public record HttpCall(String method, String path, Map<String, String> query, String bearerToken,
        Map<String, String> form, long maxBytes, boolean idempotent) {

    public HttpCall {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("path must start with /: " + path);
        }
        query = query == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(query));
        form = form == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(form));
    }

    public static HttpCall get(String path, Map<String, String> query, String bearerToken, long maxBytes) {
        return new HttpCall("GET", path, query, bearerToken, null, maxBytes, true);
    }

    public static HttpCall post(String path, Map<String, String> form, String bearerToken, long maxBytes) {
        return new HttpCall("POST", path, Map.of(), bearerToken, form == null ? Map.of() : form, maxBytes, false);
    }

    public static HttpCall put(String path, String bearerToken, long maxBytes) {
        return new HttpCall("PUT", path, Map.of(), bearerToken, Map.of(), maxBytes, false);
    }

    /** Method and path, for logs. */
    public String describe() {
        return method + " " + path;
    }

    @Override
    public String toString() {
        return "HttpCall[" + describe() + (bearerToken == null ? "" : ", bearer ***") + "]";
    }
}
