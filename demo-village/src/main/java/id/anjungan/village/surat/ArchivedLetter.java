package id.anjungan.village.surat;

/** An issued letter (log_surat) without its PDF bytes. */
public record ArchivedLetter(long id, long letterTypeId, String jenisSurat, long residentId, String namaPenduduk,
        Long requestId, int noSurat, String nomorLengkap, String tanggal, String namaPamong, Integer tte,
        String namaSurat, String alias, boolean hasFile) {
}
