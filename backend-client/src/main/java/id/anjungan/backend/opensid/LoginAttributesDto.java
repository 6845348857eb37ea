package id.anjungan.backend.opensid;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The attributes of a successful login ({@code penduduk}). */
@JsonIgnoreProperties(ignoreUnknown = true)
record LoginAttributesDto(
        @JsonProperty("access_token") AccessTokenDto accessToken,
        @JsonProperty("ganti_pin") String gantiPin,
        DasarDto dasar,
        KelahiranDto kelahiran,
        @JsonProperty("alamat") ResidentAddressDto address) {
}
