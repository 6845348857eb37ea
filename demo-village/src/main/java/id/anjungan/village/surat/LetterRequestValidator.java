package id.anjungan.village.surat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.anjungan.village.http.ApiException;
import id.anjungan.village.http.RequestInput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code SuratController@store}'s checks, quirks included (contract §2.3): the slug picks the letter
 * (unknown: 400); {@code id_surat} must name a format (missing: the real server dereferences null and
 * answers 500); every {@code form_surat} field is {@code required} or {@code sometimes} at the top
 * level, syarat included; {@code isian_form} and {@code syarat} must be JSON strings (an object: 400).
 */
@Component
class LetterRequestValidator {

    /** What passed: the format and the two JSON strings to store. */
    record Accepted(long letterTypeId, String isianForm, String syarat) {
    }

    private final LetterTypeRepository letterTypes;
    private final RequirementRepository requirements;
    private final FormSuratBuilder forms;
    private final ObjectMapper mapper;

    LetterRequestValidator(LetterTypeRepository letterTypes, RequirementRepository requirements, FormSuratBuilder forms,
            ObjectMapper mapper) {
        this.letterTypes = letterTypes;
        this.requirements = requirements;
        this.forms = forms;
        this.mapper = mapper;
    }

    Accepted validate(String slug, RequestInput input, long residentId) {
        LetterType bySlug = letterTypes.findBySlug(slug)
                .filter(t -> letterTypes.isOffered(t.id()))
                .orElseThrow(() -> ApiException.fail(400, "Jenis surat '" + slug + "' tidak tersedia untuk layanan mandiri."));
        LetterType format = formatOf(input);
        List<Map<String, Object>> form = forms.build(format, requirements.byIds(format.syaratIds()),
                requirements.documentsOf(residentId));
        Map<String, List<String>> errors = new LinkedHashMap<>();
        if (form != null) {
            for (Map<String, Object> field : form) {
                String name = (String) field.get("name");
                if (Boolean.TRUE.equals(field.get("required")) && !input.filled(name)) {
                    errors.computeIfAbsent(name, k -> new ArrayList<>()).add(name.replace('_', ' ') + " wajib diisi.");
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        return new Accepted(bySlug.id(), jsonString(input, "isian_form"), jsonString(input, "syarat"));
    }

    private LetterType formatOf(RequestInput input) {
        String idSurat = input.text("id_surat");
        if (idSurat == null || !idSurat.matches("\\d{1,9}")) {
            throw ApiException.serverError("id_surat missing or not a number: the real server dereferences null");
        }
        return letterTypes.findById(Long.parseLong(idSurat))
                .orElseThrow(() -> ApiException.serverError("id_surat names no letter format"));
    }

    /** json_decode of a string field: the string when it holds a JSON object, null otherwise; 400 for a non-string. */
    private String jsonString(RequestInput input, String key) {
        if (input.isStructured(key)) {
            throw ApiException.fail(400, "json_decode(): Argument #1 ($json) must be of type string, array given");
        }
        String raw = input.text(key);
        if (raw == null) {
            return null;
        }
        try {
            JsonNode node = mapper.readTree(raw);
            return node != null && node.isObject() ? mapper.writeValueAsString(node) : null;
        } catch (IOException e) {
            return null;
        }
    }
}
