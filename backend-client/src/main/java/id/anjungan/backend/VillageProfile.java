package id.anjungan.backend;

/**
 * The village's identity, for branding the kiosk. Any value the server did not send is null.
 *
 * @param villageName     nama desa
 * @param villageCode     kode desa, e.g. {@code 3301012001}
 * @param villageWord     what this region calls a village ({@code Desa}, {@code Kelurahan}, {@code Nagari}, ...)
 * @param districtName    nama kecamatan
 * @param regencyName     nama kabupaten
 * @param provinceName    nama provinsi
 * @param officeAddress   alamat kantor desa
 * @param postalCode      kode pos
 * @param headOfVillage   nama kepala desa
 * @param logoUrl         where the logo lives (may be an FTP URL; fetch only if it is http(s))
 * @param email           e-mail desa
 * @param phone           telepon desa
 * @param website         website desa
 */
public record VillageProfile(
        String villageName,
        String villageCode,
        String villageWord,
        String districtName,
        String regencyName,
        String provinceName,
        String officeAddress,
        String postalCode,
        String headOfVillage,
        String logoUrl,
        String email,
        String phone,
        String website) {
}
