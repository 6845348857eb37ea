package id.anjungan.village.surat;

import static id.anjungan.village.http.JsonApi.attributes;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.anjungan.village.VillageProperties;
import id.anjungan.village.auth.CurrentResident;
import id.anjungan.village.http.ApiException;
import id.anjungan.village.http.JsonApi;
import id.anjungan.village.http.PageRequest;
import id.anjungan.village.http.QueryOptions;
import id.anjungan.village.http.RequestInput;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Create, list and cancel letter requests (contract §2.3-2.5). */
@RestController
@RequestMapping("/api/v1/layanan-mandiri/surat")
class PermohonanController {

    private final LetterRequestRepository requests;
    private final LetterRequestValidator validator;
    private final ObjectMapper mapper;
    private final VillageProperties properties;
    private final Clock clock;

    PermohonanController(LetterRequestRepository requests, LetterRequestValidator validator, ObjectMapper mapper,
            VillageProperties properties, Clock clock) {
        this.requests = requests;
        this.validator = validator;
        this.mapper = mapper;
        this.properties = properties;
        this.clock = clock;
    }

    static Map<String, Object> resource(LetterRequest r) {
        return JsonApi.resource("permohonan", r.id(), attributes(
                "nama_penduduk", r.namaPenduduk(), "jenis_surat", r.jenisSurat(),
                "status", r.status().label(), "tanggal_kirim", r.createdAt()));
    }

    @PostMapping("/{slug}/permohonan")
    Map<String, Object> create(@PathVariable String slug, HttpServletRequest request) {
        long resident = CurrentResident.id(request);
        RequestInput input = RequestInput.read(request, mapper, properties.maxBodyBytes());
        LetterRequestValidator.Accepted accepted = validator.validate(slug, input, resident);
        long id = requests.insert(resident, accepted.letterTypeId(), accepted.isianForm(), accepted.syarat(),
                input.text("keterangan"), input.text("no_hp_aktif"), Timestamps.now(clock));
        return JsonApi.document(resource(requests.find(id).orElseThrow()));
    }

    @GetMapping("/permohonan")
    Map<String, Object> mine(HttpServletRequest request) {
        long resident = CurrentResident.id(request);
        QueryOptions query = QueryOptions.from(request, LetterRequestRepository.COLUMNS.keySet(), java.util.Set.of("id"));
        PageRequest page = PageRequest.from(request);
        List<Map<String, Object>> items = requests.ofResident(resident, query, page).stream()
                .map(PermohonanController::resource).toList();
        return JsonApi.page(items, page, requests.countOfResident(resident, query));
    }

    @PutMapping("/{id}/permohonan")
    Map<String, Object> cancel(@PathVariable String id, HttpServletRequest request) {
        long resident = CurrentResident.id(request);
        long requestId = parseId(id);
        boolean mine = requests.find(requestId).map(r -> r.residentId() == resident).orElse(false);
        if (!mine || !requests.transition(requestId, List.of(RequestStatus.BELUM_LENGKAP, RequestStatus.SEDANG_DIPERIKSA),
                RequestStatus.DIBATALKAN, null, Timestamps.now(clock))) {
            throw ApiException.fail(400, "No query results for model [App\\Models\\PermohonanSurat].");
        }
        return attributes("code", 200, "messages", "Permohonan surat berhasil dibatalkan.");
    }

    private static long parseId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw ApiException.fail(400, "No query results for model [App\\Models\\PermohonanSurat].");
        }
    }
}
