package id.anjungan.village.pdf;

/**
 * The village that issues a document: what its letterhead (kop surat) and signature block show.
 * Optional values may be null or blank; they print as "-" or are left out where a blank reads better.
 */
public record VillageIdentity(String namaDesa, String kodeDesa, String namaKecamatan, String namaKabupaten,
        String namaProvinsi, String alamatKantor, String kodePos, String telepon, String email,
        String namaKepalaDesa, String nipKepalaDesa) {
}
