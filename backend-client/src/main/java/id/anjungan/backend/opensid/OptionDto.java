package id.anjungan.backend.opensid;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/** A select value; for the {@code syarat} select it carries its own nested {@code form_surat} of documents. */
@JsonIgnoreProperties(ignoreUnknown = true)
record OptionDto(
        String label,
        String value,
        @JsonProperty("form_surat") JsonNode formSurat) {
}
