package id.anjungan.village.penduduk;

import static id.anjungan.village.http.JsonApi.attributes;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** The resident part of PendudukMandiriTransformer's attributes (contract §1.2). */
public final class ResidentProfileJson {

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private ResidentProfileJson() {
    }

    public static void putProfile(Map<String, Object> attrs, Resident r, LocalDate today) {
        boolean wajibKtp = Period.between(r.tanggalLahir(), today).getYears() >= 17 || !"BELUM KAWIN".equals(r.statusKawin());
        attrs.put("dasar", attributes(
                "foto", null, "nik", r.nik(), "nama", r.nama(),
                "status_kepemilikan_ktp", attributes("wajib_ktp", wajibKtp ? "WAJIB" : "BELUM", "ktp_el", wajibKtp ? 2 : 1,
                        "status_rekam", wajibKtp ? 4 : 1, "tag_id_card", r.tagIdCard()),
                "no_kk", r.noKk(), "no_kk_sebelumnya", null, "hubungan_dalam_keluarga", r.hubungan(),
                "jenis_kelamin", r.jenisKelamin(), "agama", r.agama(), "status_penduduk", "TETAP"));
        attrs.put("kelahiran", attributes(
                "akta_kelahiran", r.aktaLahir(), "tempat_lahir", r.tempatLahir(), "tanggal_lahir", r.tanggalLahir().format(DMY),
                "tempat_dilahirkan", 1, "jenis_kelahiran", 1, "kelahiran_anak_ke", 1, "penolong_kelahiran", 1,
                "berat_lahir", 0, "panjang_lahir", ""));
        attrs.put("pendidikan_pekerjaan", attributes(
                "pendidikan_kk", r.pendidikan(), "pendidikan_sedang_ditempuh", null, "pekerjaan", r.pekerjaan()));
        attrs.put("kewarganegaraan", attributes(
                "warga_negara", r.wargaNegara(), "no_paspor", null, "tanggal_akhir_paspor", null, "no_kitas", null));
        attrs.put("orang_tua", attributes(
                "nik_ayah", r.nikAyah(), "nama_ayah", r.namaAyah(), "nik_ibu", r.nikIbu(), "nama_ibu", r.namaIbu()));
        attrs.put("alamat", attributes(
                "no_telepon", r.noTelepon(), "email", r.email(), "alamat", r.alamat(), "dusun", r.dusun(),
                "rt", r.rt(), "rw", r.rw(), "alamat_sebelumnya", null));
        attrs.put("perkawinan", attributes("status", r.statusKawin(), "akta", null, "tanggal", null));
        attrs.put("kesehatan", attributes(
                "golongan_darah", r.golonganDarah(), "cacat", null, "sakit_menahun", null, "kb", null,
                "status_kehamilan", null, "asuransi", null));
    }
}
