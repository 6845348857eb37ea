package id.anjungan.backend.opensid;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The village's address and administrative names. */
@JsonIgnoreProperties(ignoreUnknown = true)
record VillageAddressDto(
        @JsonProperty("kode_pos") String kodePos,
        @JsonProperty("alamat_kantor") String alamatKantor,
        @JsonProperty("kode_desa") String kodeDesa,
        @JsonProperty("nama_desa") String namaDesa,
        @JsonProperty("nama_kecamatan") String namaKecamatan,
        @JsonProperty("nama_kabupaten") String namaKabupaten,
        @JsonProperty("nama_provinsi") String namaProvinsi) {
}
