package id.anjungan.village.desa;

/** The village's identity (OpenSID's config table). */
public record Village(
        String namaDesa, String kodeDesa, String namaKecamatan, String kodeKecamatan, String namaKabupaten,
        String kodeKabupaten, String namaProvinsi, String kodeProvinsi, String kodePos, String alamatKantor,
        String emailDesa, String telepon, String website, String namaKepalaDesa, String nipKepalaDesa,
        String namaKepalaCamat, String nipKepalaCamat, String lat, String lng) {
}
