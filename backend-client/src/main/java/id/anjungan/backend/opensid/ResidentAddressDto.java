package id.anjungan.backend.opensid;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A resident's address and phone. */
@JsonIgnoreProperties(ignoreUnknown = true)
record ResidentAddressDto(
        @JsonProperty("no_telepon") String noTelepon,
        String alamat,
        String dusun,
        String rt,
        String rw) {
}
