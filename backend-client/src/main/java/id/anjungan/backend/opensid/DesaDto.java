package id.anjungan.backend.opensid;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The attributes of {@code profil-desa}. */
@JsonIgnoreProperties(ignoreUnknown = true)
record DesaDto(
        String logo,
        @JsonProperty("email_desa") String emailDesa,
        String telepon,
        String website,
        @JsonProperty("perangkat_desa") PerangkatDesaDto perangkatDesa,
        @JsonProperty("alamat") VillageAddressDto address,
        @JsonProperty("config") SebutanDto sebutan) {
}
