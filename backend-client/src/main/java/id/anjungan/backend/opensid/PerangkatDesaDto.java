package id.anjungan.backend.opensid;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Village officials. */
@JsonIgnoreProperties(ignoreUnknown = true)
record PerangkatDesaDto(@JsonProperty("nama_kepala_desa") String namaKepalaDesa) {
}
