package id.anjungan.village.surat;

import static id.anjungan.village.http.JsonApi.attributes;

import id.anjungan.village.VillageProperties;
import id.anjungan.village.auth.CurrentResident;
import id.anjungan.village.http.ApiException;
import id.anjungan.village.http.JsonApi;
import id.anjungan.village.http.PageRequest;
import id.anjungan.village.http.QueryOptions;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Issued letters and their download (contract §2.6). As in real OpenSID, {@code unduh} checks
 * neither ownership nor status, and a missing file is an empty 200: the kiosk must guard both.
 */
@RestController
@RequestMapping("/api/v1/layanan-mandiri/surat")
class ArsipController {

    private final ArchiveRepository archive;
    private final VillageProperties properties;

    ArsipController(ArchiveRepository archive, VillageProperties properties) {
        this.archive = archive;
        this.properties = properties;
    }

    @GetMapping("/arsip")
    Map<String, Object> arsip(HttpServletRequest request) {
        long resident = CurrentResident.id(request);
        QueryOptions query = QueryOptions.from(request, ArchiveRepository.COLUMNS.keySet(), ArchiveRepository.COLUMNS.keySet());
        PageRequest page = PageRequest.from(request);
        List<Map<String, Object>> items = archive.ofResident(resident, query, page).stream()
                .map(a -> JsonApi.resource("arsip", a.id(), attributes(
                        "nomor_surat", Integer.toString(a.noSurat()), "jenis_surat", a.jenisSurat(),
                        "nama_pamong", a.namaPamong(), "tanggal", a.tanggal(), "tte", a.tte(),
                        "file", a.hasFile() ? properties.ftpUrl() + "/arsip/" + a.namaSurat() : null)))
                .toList();
        return JsonApi.page(items, page, archive.countOfResident(resident, query));
    }

    @GetMapping("/{id}/unduh")
    ResponseEntity<byte[]> unduh(@PathVariable String id, HttpServletRequest request) {
        CurrentResident.id(request);
        long letterId;
        try {
            letterId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw ApiException.modelNotFound("LogSurat", id);
        }
        ArchivedLetter letter = archive.find(letterId).orElseThrow(() -> ApiException.modelNotFound("LogSurat", id));
        byte[] pdf = archive.pdf(letterId).orElse(new byte[0]);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(letter.namaSurat()).build().toString())
                .contentType(pdf.length == 0 ? MediaType.APPLICATION_OCTET_STREAM : MediaType.APPLICATION_PDF)
                .body(pdf);
    }
}
