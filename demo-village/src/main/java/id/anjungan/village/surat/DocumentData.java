package id.anjungan.village.surat;

import id.anjungan.village.desa.Village;
import id.anjungan.village.pdf.ResidentData;
import id.anjungan.village.pdf.VillageIdentity;
import id.anjungan.village.penduduk.Resident;

/** Village and resident rows as the PDF renderers take them. */
public final class DocumentData {

    private DocumentData() {
    }

    public static VillageIdentity identity(Village v) {
        return new VillageIdentity(v.namaDesa(), v.kodeDesa(), v.namaKecamatan(), v.namaKabupaten(), v.namaProvinsi(),
                v.alamatKantor(), v.kodePos(), v.telepon(), v.emailDesa(), v.namaKepalaDesa(), v.nipKepalaDesa());
    }

    public static ResidentData resident(Resident r) {
        return new ResidentData(r.nik(), r.nama(), r.tempatLahir(), r.tanggalLahir(), r.jenisKelamin(), r.agama(),
                r.statusKawin(), r.pendidikan(), r.pekerjaan(), r.wargaNegara(), r.golonganDarah(), r.alamat(), r.rt(),
                r.rw(), r.dusun(), r.noKk(), r.hubungan(), r.namaAyah(), r.namaIbu());
    }
}
