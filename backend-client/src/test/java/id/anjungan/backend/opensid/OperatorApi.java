package id.anjungan.backend.opensid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** demo-village's operator side (demo only, not OpenSID's API): moves requests along and switches faults on. */
final class OperatorApi {

    private final URI baseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ObjectMapper json = new ObjectMapper();

    OperatorApi(URI baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Moves a request to a status; 3 signs it, which makes the letter PDF and its archive row. */
    JsonNode move(String requestId, int status) throws IOException, InterruptedException {
        return send("POST", "/operator/api/permohonan/" + requestId + "/status", "{\"status\":" + status + ",\"alasan\":\"uji\"}");
    }

    /** The operator's view of one request (status code, archive id ...). */
    JsonNode request(String requestId) throws IOException, InterruptedException {
        for (JsonNode item : send("GET", "/operator/api/permohonan", null).path("data")) {
            JsonNode attributes = item.has("attributes") ? item.path("attributes") : item;
            if (attributes.path("id").asText().equals(requestId)) {
                return attributes;
            }
        }
        throw new AssertionError("the operator does not see request " + requestId);
    }

    /** Deletes an archived letter's file, as when it goes missing from OpenSID's FTP store. */
    void loseLetterFile(String archiveId) throws IOException, InterruptedException {
        send("DELETE", "/operator/api/arsip/" + archiveId + "/berkas", null);
    }

    /** Makes every /api/v1 call answer 503 with the premium gate's pass-through body, or stops it. */
    void premiumGateDown(boolean down) throws IOException, InterruptedException {
        send("POST", "/operator/api/gangguan", "{\"premium\":" + down + "}");
    }

    private JsonNode send(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(baseUrl.resolve(path)).header("Accept", "application/json")
                .timeout(Duration.ofSeconds(10));
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return json.readTree(response.body());
    }
}
