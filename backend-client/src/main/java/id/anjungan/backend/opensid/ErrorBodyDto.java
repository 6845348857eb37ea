package id.anjungan.backend.opensid;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

/** Every error shape OpenSID uses: {@code {code, messages}}, Laravel's {@code {message, errors}}, and {@code {error}}. */
@JsonIgnoreProperties(ignoreUnknown = true)
record ErrorBodyDto(String code, JsonNode messages, JsonNode message, JsonNode errors, JsonNode error) {
}
