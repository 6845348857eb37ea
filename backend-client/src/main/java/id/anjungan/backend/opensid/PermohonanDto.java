package id.anjungan.backend.opensid;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A letter request; {@code status} is the label, not the code. */
@JsonIgnoreProperties(ignoreUnknown = true)
record PermohonanDto(
        @JsonProperty("nama_penduduk") String namaPenduduk,
        @JsonProperty("jenis_surat") String jenisSurat,
        String status,
        @JsonProperty("tanggal_kirim") String tanggalKirim) {
}
