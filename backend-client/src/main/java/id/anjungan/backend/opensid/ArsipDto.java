package id.anjungan.backend.opensid;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** An issued letter; {@code tte} is null, 0 or 1, {@code file} null when the PDF is missing. */
@JsonIgnoreProperties(ignoreUnknown = true)
record ArsipDto(
        @JsonProperty("nomor_surat") String nomorSurat,
        @JsonProperty("jenis_surat") String jenisSurat,
        @JsonProperty("nama_pamong") String namaPamong,
        String tanggal,
        String tte,
        String file) {
}
