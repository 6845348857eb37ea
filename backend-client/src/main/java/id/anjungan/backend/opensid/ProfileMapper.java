package id.anjungan.backend.opensid;

import id.anjungan.backend.VillageProfile;

/** Reads {@code profil-desa}. */
final class ProfileMapper {

    private ProfileMapper() {
    }

    static VillageProfile toProfile(DesaDto desa) {
        VillageAddressDto address = desa.address();
        return new VillageProfile(
                address == null ? null : Lenient.text(address.namaDesa()),
                address == null ? null : Lenient.text(address.kodeDesa()),
                desa.sebutan() == null || Lenient.text(desa.sebutan().sebutanDesa()) == null
                        ? "Desa" : Lenient.text(desa.sebutan().sebutanDesa()),
                address == null ? null : Lenient.text(address.namaKecamatan()),
                address == null ? null : Lenient.text(address.namaKabupaten()),
                address == null ? null : Lenient.text(address.namaProvinsi()),
                address == null ? null : Lenient.text(address.alamatKantor()),
                address == null ? null : Lenient.text(address.kodePos()),
                desa.perangkatDesa() == null ? null : Lenient.text(desa.perangkatDesa().namaKepalaDesa()),
                Lenient.text(desa.logo()),
                Lenient.text(desa.emailDesa()),
                Lenient.text(desa.telepon()),
                Lenient.text(desa.website()));
    }
}
