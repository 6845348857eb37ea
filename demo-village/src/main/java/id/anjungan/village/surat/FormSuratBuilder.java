package id.anjungan.village.surat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code FormatSurat::getFormSuratAttribute} for TinyMCE letters (contract §2.1): one descriptor per
 * {@code kode_isian} entry, then keterangan, no_hp_aktif and the syarat select with the resident's
 * own documents per requirement. When the definition cannot be built the answer is null, as in OpenSID.
 */
@Component
public class FormSuratBuilder {

    /** The reference tables a {@code select-otomatis} may name, with their {@code nama} column. */
    static final Map<String, List<String>> REFERENCES = Map.of(
            "tweb_penduduk_sex", List.of("LAKI-LAKI", "PEREMPUAN"),
            "tweb_penduduk_agama", List.of("ISLAM", "KRISTEN", "KATHOLIK", "HINDU", "BUDHA", "KHONGHUCU",
                    "KEPERCAYAAN TERHADAP TUHAN YME / LAINNYA"),
            "tweb_penduduk_kawin", List.of("BELUM KAWIN", "KAWIN", "CERAI HIDUP", "CERAI MATI"),
            "tweb_golongan_darah", List.of("A", "B", "AB", "O", "TIDAK TAHU"));

    private final ObjectMapper mapper;

    public FormSuratBuilder(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Lower-case, spaces to underscores: OpenSID's {@code underscore(nama)}. */
    public static String fieldName(String label) {
        return label.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", "_");
    }

    public List<Map<String, Object>> build(LetterType type, List<RequirementRepository.Requirement> requirements,
            List<RequirementRepository.Document> documents) {
        List<Map<String, Object>> form;
        try {
            form = letterFields(mapper.readTree(type.kodeIsianJson()));
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
        form.add(descriptor("textarea", false, "Keterangan", "keterangan", null, "subtype", "textarea"));
        form.add(descriptor("number", false, "No hp aktif", "no_hp_aktif", null));
        Map<String, Object> syarat = descriptor("select", true, "Syarat Surat", "syarat", null, "multiple", false);
        List<Map<String, Object>> values = new ArrayList<>();
        for (RequirementRepository.Requirement r : requirements) {
            List<Map<String, Object>> docs = documents.stream().filter(d -> d.syaratId() == r.id())
                    .map(d -> documentOption(d.nama(), d.id())).toList();
            Map<String, Object> dokumen = descriptor("select", true, "Dokumen Syarat", "dokumen", null, "multiple", false);
            dokumen.put("values", docs);
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("label", r.nama());
            value.put("value", r.id());
            value.put("form_surat", List.of(dokumen));
            values.add(value);
        }
        syarat.put("values", values);
        form.add(syarat);
        return form;
    }

    private List<Map<String, Object>> letterFields(JsonNode kodeIsian) {
        if (!kodeIsian.isArray()) {
            throw new IllegalArgumentException("kode_isian is not an array");
        }
        List<Map<String, Object>> form = new ArrayList<>();
        for (JsonNode f : kodeIsian) {
            String tipe = f.path("tipe").asText();
            String nama = f.path("nama").asText();
            if (tipe.isEmpty() || nama.isEmpty()) {
                throw new IllegalArgumentException("a kode_isian entry lacks tipe or nama");
            }
            String deskripsi = f.path("deskripsi").asText("");
            boolean required = "1".equals(f.path("required").asText());
            boolean select = tipe.startsWith("select-");
            Map<String, Object> d = descriptor(select ? "select" : tipe, required, nama, fieldName(nama),
                    deskripsi.isBlank() ? nama : deskripsi);
            if (select) {
                d.put("multiple", false);
                d.put("values", options(tipe, f).stream().map(o -> option(o, o)).toList());
            }
            form.add(d);
        }
        return form;
    }

    private static List<String> options(String tipe, JsonNode f) {
        if ("select-manual".equals(tipe)) {
            List<String> options = new ArrayList<>();
            f.path("pilihan").forEach(o -> options.add(o.asText()));
            return options;
        }
        List<String> reference = REFERENCES.get(f.path("refrensi").asText());
        if (reference == null) {
            throw new IllegalArgumentException("unknown reference table for select-otomatis");
        }
        return reference;
    }

    private static Map<String, Object> option(String label, Object value) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("label", label);
        o.put("value", value);
        o.put("selected", false);
        return o;
    }

    private static Map<String, Object> documentOption(String label, long value) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("label", label);
        o.put("value", value);
        return o;
    }

    private static Map<String, Object> descriptor(String type, boolean required, String label, String name,
            String placeholder, Object... extra) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("type", type);
        d.put("required", required);
        d.put("label", label);
        d.put("name", name);
        if (placeholder != null) {
            d.put("placeholder", placeholder);
        }
        for (int i = 0; i < extra.length; i += 2) {
            d.put((String) extra[i], extra[i + 1]);
        }
        return d;
    }
}
