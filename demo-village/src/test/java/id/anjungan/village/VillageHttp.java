package id.anjungan.village;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A small real-HTTP client for the contract tests: every request goes over a socket to demo-village. */
public final class VillageHttp {

    public static final String JSON = "application/json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;

    public VillageHttp(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public String base() {
        return base;
    }

    /** A response: status, headers, raw body, and the body as JSON when it is JSON. */
    public record Reply(int status, Map<String, List<String>> headers, byte[] body) {
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + text(), e);
            }
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    public static Map<String, String> form(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    public HttpRequest.Builder request(String path, String token) {
        String encoded = path.replace("[", "%5B").replace("]", "%5D");
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + encoded)).timeout(Duration.ofSeconds(20))
                .header("Accept", JSON);
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    public Reply get(String path, String token) {
        return send(request(path, token).GET().build());
    }

    public Reply postForm(String path, String token, Map<String, String> fields) {
        return send(request(path, token).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(fields))).build());
    }

    public Reply postJson(String path, String token, String json) {
        return send(request(path, token).header("Content-Type", JSON)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public Reply put(String path, String token) {
        return send(request(path, token).PUT(HttpRequest.BodyPublishers.noBody()).build());
    }

    public Reply send(HttpRequest request) {
        try {
            HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(r.statusCode(), r.headers().map(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** Logs in and returns the bearer token. */
    public String login(String nik, String pin) {
        Reply r = postForm("/api/v1/auth/login", null, form("credential", nik, "password", pin));
        if (r.status() != 200) {
            throw new AssertionError("login failed " + r.status() + ": " + r.text());
        }
        return r.json().at("/data/attributes/access_token/token").asText();
    }
}
