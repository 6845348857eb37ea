package id.anjungan.village.surat;

import static id.anjungan.village.http.JsonApi.attributes;

import id.anjungan.village.auth.CurrentResident;
import id.anjungan.village.http.JsonApi;
import id.anjungan.village.http.PageRequest;
import id.anjungan.village.http.QueryOptions;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The letter catalogue and the requirement list (contract §2.1, §2.2). */
@RestController
@RequestMapping("/api/v1/layanan-mandiri/surat")
class SuratController {

    private final LetterTypeRepository letterTypes;
    private final RequirementRepository requirements;
    private final FormSuratBuilder forms;

    SuratController(LetterTypeRepository letterTypes, RequirementRepository requirements, FormSuratBuilder forms) {
        this.letterTypes = letterTypes;
        this.requirements = requirements;
        this.forms = forms;
    }

    @GetMapping("/jenis-permohonan")
    Map<String, Object> jenisPermohonan(HttpServletRequest request) {
        long resident = CurrentResident.id(request);
        QueryOptions query = QueryOptions.from(request, LetterTypeRepository.COLUMNS.keySet(),
                LetterTypeRepository.COLUMNS.keySet());
        PageRequest page = PageRequest.from(request);
        List<RequirementRepository.Document> documents = requirements.documentsOf(resident);
        List<Map<String, Object>> items = letterTypes.offered(query, page).stream()
                .map(t -> JsonApi.resource("jenis-surat", t.id(), attributes(
                        "kode", t.kode(), "nama", t.nama(), "slug", t.slug(),
                        "form_surat", forms.build(t, requirements.byIds(t.syaratIds()), documents))))
                .toList();
        return JsonApi.page(items, page, letterTypes.countOffered(query));
    }

    @GetMapping("/syarat")
    Map<String, Object> syarat(HttpServletRequest request) {
        CurrentResident.id(request);
        QueryOptions query = QueryOptions.from(request, RequirementRepository.COLUMNS.keySet(), Set.of());
        return JsonApi.collection(requirements.all(query).stream()
                .map(r -> JsonApi.resource("syarat", r.id(), attributes("nama", r.nama()))).toList());
    }
}
