package id.anjungan.village.surat;

/** A row of permohonan_surat with the names the API shows. */
public record LetterRequest(long id, long residentId, String namaPenduduk, long letterTypeId, String jenisSurat,
        String slug, String isianForm, String syarat, String keterangan, String noHpAktif, RequestStatus status,
        String alasan, String createdAt) {
}
