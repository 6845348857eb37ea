package id.anjungan.village.pdf;

import java.util.List;

/** The resident's data as label : value rows, in the order Indonesian civil documents list them. */
final class ResidentRows {

    private ResidentRows() {
    }

    /** The short identity block of a surat keterangan. */
    static List<LetterField> forLetter(ResidentData warga, VillageIdentity desa) {
        return List.of(
                row("Nama", warga.nama()),
                row("NIK", warga.nik()),
                row("Tempat/Tanggal Lahir", birth(warga)),
                row("Jenis Kelamin", warga.jenisKelamin()),
                row("Agama", warga.agama()),
                row("Status Perkawinan", warga.statusKawin()),
                row("Pekerjaan", warga.pekerjaan()),
                row("Kewarganegaraan", warga.wargaNegara()),
                row("Alamat", DisplayText.residentAddress(warga, desa)));
    }

    static List<LetterField> personal(ResidentData warga) {
        return List.of(
                row("Nama Lengkap", warga.nama()),
                row("NIK", warga.nik()),
                row("Nomor Kartu Keluarga", warga.noKk()),
                row("Tempat Lahir", warga.tempatLahir()),
                row("Tanggal Lahir", IndonesianDates.longForm(warga.tanggalLahir())),
                row("Jenis Kelamin", warga.jenisKelamin()),
                row("Golongan Darah", warga.golonganDarah()),
                row("Agama", warga.agama()),
                row("Status Perkawinan", warga.statusKawin()),
                row("Hubungan dalam Keluarga", warga.hubunganKeluarga()),
                row("Pendidikan Terakhir", warga.pendidikan()),
                row("Pekerjaan", warga.pekerjaan()),
                row("Kewarganegaraan", warga.wargaNegara()));
    }

    static List<LetterField> parents(ResidentData warga) {
        return List.of(row("Nama Ayah", warga.namaAyah()), row("Nama Ibu", warga.namaIbu()));
    }

    static List<LetterField> address(ResidentData warga, VillageIdentity desa) {
        String rtRw = DisplayText.of(warga.rt()) + "/" + DisplayText.of(warga.rw());
        return List.of(
                row("Alamat", warga.alamat()),
                row("RT/RW", rtRw),
                row("Dusun", warga.dusun()),
                row("Desa", desa.namaDesa()),
                row("Kecamatan", desa.namaKecamatan()),
                row("Kabupaten", desa.namaKabupaten()),
                row("Provinsi", desa.namaProvinsi()));
    }

    /** "Kulon Progo, 12 Maret 1980", or whichever half is known. */
    static String birth(ResidentData warga) {
        String date = warga.tanggalLahir() == null ? null : IndonesianDates.longForm(warga.tanggalLahir());
        return DisplayText.joinPresent(", ", warga.tempatLahir(), date);
    }

    private static LetterField row(String label, String value) {
        return new LetterField(label, DisplayText.of(value));
    }
}
