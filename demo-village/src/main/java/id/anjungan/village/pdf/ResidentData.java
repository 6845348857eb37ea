package id.anjungan.village.pdf;

import java.time.LocalDate;

/** One resident as the documents print them; a null or blank value prints as "-". */
public record ResidentData(String nik, String nama, String tempatLahir, LocalDate tanggalLahir,
        String jenisKelamin, String agama, String statusKawin, String pendidikan, String pekerjaan,
        String wargaNegara, String golonganDarah, String alamat, String rt, String rw, String dusun,
        String noKk, String hubunganKeluarga, String namaAyah, String namaIbu) {
}
