package id.anjungan.backend.opensid;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

/** A JSON:API document: one resource or a list in {@code data}, with paging for lists. */
@JsonIgnoreProperties(ignoreUnknown = true)
record DocumentDto(JsonNode data, MetaDto meta, LinksDto links) {
}
