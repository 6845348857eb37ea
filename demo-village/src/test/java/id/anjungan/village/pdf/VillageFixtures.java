package id.anjungan.village.pdf;

import java.time.LocalDate;
import java.util.List;

/** A believable village and family to render, shared by the PDF tests. */
final class VillageFixtures {

    static final String VERIFICATION_URL = "http://127.0.0.1:8080/v/Ab3xYz";
    static final String NOMOR = "500/001/3301052007/XI/2026";
    static final String NIK_RATNA = "3301055203800001";
    static final String NIK_BAGUS = "3301050107050002";
    static final String NO_KK = "3301050101200001";
    static final String BUSINESS = "Warung Makan Bu Ratna";

    private VillageFixtures() {
    }

    static VillageIdentity sukamaju() {
        return new VillageIdentity("Sukamaju", "3301052007", "Kedungreja", "Cilacap", "Jawa Tengah",
                "Jl. Raya Sukamaju No. 1", "53263", "(0282) 123456", "pemdes@sukamaju.desa.id", "Suparman", null);
    }

    static ResidentData ratna() {
        return new ResidentData(NIK_RATNA, "Ratna Sari Wulandari", "Cilacap", LocalDate.of(1980, 3, 12), "Perempuan",
                "Islam", "Kawin", "SLTA/Sederajat", "Wiraswasta", "WNI", "O", "Jl. Melati No. 5", "001", "002", "Krajan",
                NO_KK, "Kepala Keluarga", "Sutrisno", "Sumiyati");
    }

    static ResidentData bagus() {
        return new ResidentData(NIK_BAGUS, "Bagus Pratama", "Cilacap", LocalDate.of(2005, 7, 1), "Laki-laki", "Islam",
                "Belum Kawin", "SLTA/Sederajat", "Pelajar/Mahasiswa", "WNI", "A", "Jl. Melati No. 5", "001", "002",
                "Krajan", NO_KK, "Anak", "Ahmad Santoso", "Ratna Sari Wulandari");
    }

    /** Only the two values every resident record has; everything else unknown. */
    static ResidentData sparse(String nik, String nama) {
        return new ResidentData(nik, nama, null, null, " ", null, "", null, null, null, null, null, null, null, null,
                null, null, null, null);
    }

    static LetterContent usaha(List<LetterField> isian, String berlakuSampai) {
        return new LetterContent("S-12", "Surat Keterangan Usaha", NOMOR, LocalDate.of(2026, 11, 23), isian,
                berlakuSampai, VERIFICATION_URL);
    }

    static LetterContent usaha() {
        return usaha(List.of(
                new LetterField("Nama Usaha", BUSINESS),
                new LetterField("Jenis Usaha", "Warung makan dan toko kelontong"),
                new LetterField("Keperluan", "Pengajuan Kredit Usaha Rakyat (KUR) di Bank BRI Unit Kedungreja")),
                "23 Desember 2026");
    }
}
