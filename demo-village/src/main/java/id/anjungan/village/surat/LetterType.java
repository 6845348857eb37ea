package id.anjungan.village.surat;

import java.util.List;

/** A letter format offered to residents (OpenSID's tweb_surat_format). */
public record LetterType(long id, String nama, String slug, String kode, List<Long> syaratIds, String kodeIsianJson,
        Integer masaBerlaku, String satuanMasaBerlaku) {
}
