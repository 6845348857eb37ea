package id.anjungan.backend.opensid;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

/** One JSON:API resource; {@code id} is a string on the wire, attributes are read per resource type. */
@JsonIgnoreProperties(ignoreUnknown = true)
record ResourceDto(String type, String id, JsonNode attributes) {
}
