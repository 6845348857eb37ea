package id.anjungan.backend.opensid;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/** A letter type ({@code jenis-surat}); {@code form_surat} may be null, a list, or a PHP array sent as an object. */
@JsonIgnoreProperties(ignoreUnknown = true)
record JenisSuratDto(
        String kode,
        String nama,
        String slug,
        @JsonProperty("form_surat") JsonNode formSurat) {
}
