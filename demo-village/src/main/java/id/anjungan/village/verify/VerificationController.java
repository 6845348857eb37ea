package id.anjungan.village.verify;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import id.anjungan.village.desa.Village;
import id.anjungan.village.desa.VillageRepository;
import id.anjungan.village.http.ApiException;
import id.anjungan.village.http.ClientIntent;
import id.anjungan.village.http.JsonApi;
import id.anjungan.village.surat.ArchiveRepository;
import id.anjungan.village.surat.ArchivedLetter;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /v/<alias>}: the address in a letter's QR code. OpenSID redirects through two more pages
 * to the same essentials; here one page shows them (and JSON for clients asking for it). The NIK is
 * not shown: a verifier needs the letter's facts, not the resident's identity number.
 */
@RestController
class VerificationController {

    private final ArchiveRepository archive;
    private final VillageRepository villages;

    VerificationController(ArchiveRepository archive, VillageRepository villages) {
        this.archive = archive;
        this.villages = villages;
    }

    @GetMapping("/v/{alias}")
    ResponseEntity<?> verify(@PathVariable String alias, HttpServletRequest request) {
        ArchivedLetter letter = archive.findByAlias(alias).orElse(null);
        boolean json = ClientIntent.wantsJson(request);
        if (letter == null) {
            if (json) {
                throw ApiException.modelNotFound("Url", alias);
            }
            return ResponseEntity.status(404).contentType(MediaType.TEXT_HTML).body(page("Surat tidak ditemukan",
                    "<p>Kode verifikasi ini tidak terdaftar. Surat dengan kode ini tidak diterbitkan oleh desa.</p>"));
        }
        Village v = villages.village();
        if (json) {
            return ResponseEntity.ok(JsonApi.document(JsonApi.resource("verifikasi-surat", alias, JsonApi.attributes(
                    "nomor_surat", letter.nomorLengkap(), "jenis_surat", letter.jenisSurat(),
                    "nama_penduduk", letter.namaPenduduk(), "tanggal", letter.tanggal(),
                    "ditandatangani_oleh", letter.namaPamong(), "tte", letter.tte(),
                    "desa", "Desa " + v.namaDesa() + ", Kecamatan " + v.namaKecamatan() + ", Kabupaten " + v.namaKabupaten()))));
        }
        String body = "<p>Surat ini <strong>terdaftar</strong> di Desa " + htmlEscape(v.namaDesa()) + ", Kecamatan "
                + htmlEscape(v.namaKecamatan()) + ", Kabupaten " + htmlEscape(v.namaKabupaten()) + ".</p><table>"
                + row("Nomor surat", letter.nomorLengkap()) + row("Jenis surat", "Surat " + letter.jenisSurat())
                + row("Atas nama", letter.namaPenduduk()) + row("Tanggal", letter.tanggal())
                + row("Ditandatangani oleh", letter.namaPamong() + ", Kepala Desa " + v.namaDesa()) + "</table>";
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(page("Verifikasi surat", body));
    }

    private static String row(String label, String value) {
        return "<tr><th>" + htmlEscape(label) + "</th><td>" + htmlEscape(value == null ? "-" : value) + "</td></tr>";
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>" + htmlEscape(title)
                + "</title><style>body{font:20px sans-serif;margin:2em}th{text-align:left;padding-right:1em}</style>"
                + "</head><body><h1>" + htmlEscape(title) + "</h1>" + body + "</body></html>";
    }
}
