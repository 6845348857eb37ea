package id.anjungan.village.penduduk;

import java.time.LocalDate;

/** A resident (OpenSID's tweb_penduduk joined with the family's address). */
public record Resident(
        long id, String nik, String nama, Long keluargaId, String noKk, String hubungan, String jenisKelamin,
        String agama, String tempatLahir, LocalDate tanggalLahir, String pendidikan, String pekerjaan,
        String statusKawin, String golonganDarah, String wargaNegara, String noTelepon, String email,
        String tagIdCard, String aktaLahir, String namaAyah, String nikAyah, String namaIbu, String nikIbu,
        String alamat, String dusun, String rt, String rw, int statusDasar) {

    @Override
    public String toString() {
        return "Resident[id=" + id + "]";
    }
}
