package id.anjungan.village.operator;

import static id.anjungan.village.http.JsonApi.attributes;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.anjungan.village.VillageProperties;
import id.anjungan.village.http.ApiException;
import id.anjungan.village.http.RequestInput;
import id.anjungan.village.surat.ArchiveRepository;
import id.anjungan.village.surat.ArchivedLetter;
import id.anjungan.village.surat.LetterRequest;
import id.anjungan.village.surat.LetterRequestRepository;
import id.anjungan.village.surat.RequestStatus;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The operator's side over HTTP, so a request can live its whole life in demos and tests. Not part of
 * OpenSID's API; demo only, without authentication, so demo-village listens on loopback by default.
 */
@RestController
@RequestMapping("/operator/api")
class OperatorApiController {

    private final LetterRequestRepository requests;
    private final ArchiveRepository archive;
    private final RequestWorkflow workflow;
    private final FaultSwitches faults;
    private final ObjectMapper mapper;
    private final VillageProperties properties;

    OperatorApiController(LetterRequestRepository requests, ArchiveRepository archive, RequestWorkflow workflow,
            FaultSwitches faults, ObjectMapper mapper, VillageProperties properties) {
        this.requests = requests;
        this.archive = archive;
        this.workflow = workflow;
        this.faults = faults;
        this.mapper = mapper;
        this.properties = properties;
    }

    @GetMapping("/permohonan")
    Map<String, Object> all() {
        return Map.of("data", requests.all().stream().map(this::view).toList());
    }

    @PostMapping("/permohonan/{id}/status")
    Map<String, Object> move(@PathVariable long id, HttpServletRequest request) {
        RequestInput input = RequestInput.read(request, mapper, properties.maxBodyBytes());
        String status = input.text("status");
        RequestStatus to = status == null || !status.matches("\\d") ? null
                : RequestStatus.of(Integer.parseInt(status)).orElse(null);
        if (to == null || to == RequestStatus.SEDANG_DIPERIKSA) {
            throw ApiException.validation(Map.of("status", List.of("status harus salah satu dari 0, 2, 3, 4, 5.")));
        }
        return Map.of("data", view(workflow.move(id, to, input.text("alasan"), PublicUrl.of(properties, request))));
    }

    @DeleteMapping("/arsip/{id}/berkas")
    Map<String, Object> loseFile(@PathVariable long id) {
        if (!archive.dropFile(id)) {
            throw ApiException.modelNotFound("LogSurat", id);
        }
        return attributes("code", 200, "messages", "Berkas surat dihapus; unduhan kini kosong seperti berkas FTP yang hilang.");
    }

    @PostMapping("/gangguan")
    Map<String, Object> faults(HttpServletRequest request) {
        RequestInput input = RequestInput.read(request, mapper, properties.maxBodyBytes());
        String premium = input.text("premium");
        if (premium != null) {
            faults.premiumGateDown(Boolean.parseBoolean(premium));
        }
        return attributes("premium", faults.premiumGateDown());
    }

    private Map<String, Object> view(LetterRequest r) {
        ArchivedLetter letter = archive.findByRequest(r.id()).orElse(null);
        return attributes("id", r.id(), "status", r.status().code(), "status_label", r.status().label(),
                "jenis_surat", r.jenisSurat(), "slug", r.slug(), "nama_penduduk", r.namaPenduduk(),
                "tanggal_kirim", r.createdAt(), "alasan", r.alasan(),
                "arsip_id", letter == null ? null : letter.id(),
                "nomor_surat", letter == null ? null : letter.nomorLengkap(),
                "verifikasi", letter == null ? null : "/v/" + letter.alias(),
                "boleh_menjadi", RequestWorkflow.nextFrom(r.status()).stream().map(RequestStatus::code).toList());
    }
}
