package id.anjungan.backend.opensid;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Birth data; {@code tanggal_lahir} is dd-mm-YYYY. */
@JsonIgnoreProperties(ignoreUnknown = true)
record KelahiranDto(
        @JsonProperty("tempat_lahir") String tempatLahir,
        @JsonProperty("tanggal_lahir") String tanggalLahir) {
}
