package id.anjungan.village.desa;

import static id.anjungan.village.http.JsonApi.attributes;

import id.anjungan.village.http.JsonApi;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** {@code GET /api/v1/profil-desa}: public, type {@code desa} (contract §2.9). */
@RestController
class ProfilDesaController {

    private final VillageRepository villages;

    ProfilDesaController(VillageRepository villages) {
        this.villages = villages;
    }

    @GetMapping("/api/v1/profil-desa")
    Map<String, Object> profil(HttpServletRequest request) {
        Village v = villages.village();
        String logo = ServletUriComponentsBuilder.fromContextPath(request).path(LogoController.PATH).toUriString();
        return JsonApi.document(JsonApi.resource("desa", 1, attributes(
                "logo", logo,
                "email_desa", v.emailDesa(),
                "telepon", v.telepon(),
                "website", v.website(),
                "galeri", List.of(),
                "branding", "Desa",
                "operator", "Operator Desa " + v.namaDesa(),
                "perangkat_desa", attributes(
                        "nama_kepala_desa", v.namaKepalaDesa(), "nip_kepala_desa", v.nipKepalaDesa(),
                        "nama_kepala_camat", v.namaKepalaCamat(), "nip_kepala_camat", v.nipKepalaCamat()),
                "alamat", attributes(
                        "kode_pos", v.kodePos(), "alamat_kantor", v.alamatKantor(), "kantor_desa", v.alamatKantor(),
                        "kode_desa", v.kodeDesa(), "kode_kecamatan", v.kodeKecamatan(),
                        "kode_kabupaten", v.kodeKabupaten(), "kode_provinsi", v.kodeProvinsi(),
                        "nama_desa", v.namaDesa(), "nama_kecamatan", v.namaKecamatan(),
                        "nama_kabupaten", v.namaKabupaten(), "nama_provinsi", v.namaProvinsi(),
                        "lat", v.lat(), "lng", v.lng()),
                "config", attributes(
                        "sebutan_kabupaten", "Kabupaten", "sebutan_kabupaten_singkat", "Kab.",
                        "sebutan_kecamatan", "Kecamatan", "sebutan_kecamatan_singkat", "Kec.",
                        "sebutan_desa", "Desa", "sebutan_dusun", "Dusun"),
                "idm", attributes("tahun_idm", "2026"),
                "sgds", attributes("kode_bps", v.kodeDesa()))));
    }
}
