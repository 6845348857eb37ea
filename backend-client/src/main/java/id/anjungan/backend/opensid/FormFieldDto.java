package id.anjungan.backend.opensid;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

/** One {@code form_surat} entry; {@code required} may be a boolean or "1"/"0". */
@JsonIgnoreProperties(ignoreUnknown = true)
record FormFieldDto(
        String type,
        String required,
        String label,
        String name,
        String placeholder,
        String subtype,
        JsonNode values) {
}
