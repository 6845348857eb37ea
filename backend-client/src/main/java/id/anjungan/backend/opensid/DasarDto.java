package id.anjungan.backend.opensid;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A resident's basic identity block. */
@JsonIgnoreProperties(ignoreUnknown = true)
record DasarDto(
        String nik,
        String nama,
        @JsonProperty("status_kepemilikan_ktp") KtpDto ktp,
        @JsonProperty("no_kk") String noKk,
        @JsonProperty("jenis_kelamin") String jenisKelamin) {
}
