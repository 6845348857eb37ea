package id.anjungan.village.surat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormSuratBuilderTest {

    private final FormSuratBuilder builder = new FormSuratBuilder(new ObjectMapper());

    private static LetterType type(String kodeIsian) {
        return new LetterType(1, "Keterangan Usaha", "surat-keterangan-usaha", "500", List.of(1L), kodeIsian, null, null);
    }

    @Test
    void fieldNamesAreOpenSidsUnderscoreOfTheLabel() {
        assertThat(FormSuratBuilder.fieldName("Nama Usaha")).isEqualTo("nama_usaha");
        assertThat(FormSuratBuilder.fieldName("  NIK  Almarhum ")).isEqualTo("nik_almarhum");
    }

    @Test
    void anUnreadableDefinitionGivesANullFormAsOpenSidDoes() {
        var requirements = List.of(new RequirementRepository.Requirement(1, "Surat Pengantar RT/RW"));

        assertThat(builder.build(type("{not json"), requirements, List.of())).isNull();
        assertThat(builder.build(type("{\"tipe\":\"text\"}"), requirements, List.of())).isNull();
        assertThat(builder.build(type("[{\"tipe\":\"select-otomatis\",\"nama\":\"X\",\"refrensi\":\"tabel_tak_dikenal\"}]"),
                requirements, List.of())).isNull();
    }

    @Test
    void theDescriptionIsThePlaceholderOrElseTheLabel() {
        List<Map<String, Object>> form = builder.build(type(
                "[{\"tipe\":\"text\",\"nama\":\"Nama Usaha\",\"deskripsi\":\"\",\"required\":\"0\"}]"), List.of(), List.of());

        assertThat(form.get(0)).containsEntry("placeholder", "Nama Usaha").containsEntry("required", false);
        assertThat(form).extracting(f -> f.get("name")).containsExactly("nama_usaha", "keterangan", "no_hp_aktif", "syarat");
    }

    @Test
    void eachRequirementOffersOnlyTheDocumentsFiledUnderIt() {
        var requirements = List.of(new RequirementRepository.Requirement(1, "Surat Pengantar RT/RW"),
                new RequirementRepository.Requirement(2, "Fotokopi KK"));
        var documents = List.of(new RequirementRepository.Document(17, "Pengantar RT", 1));

        List<Map<String, Object>> form = builder.build(type("[]"), requirements, documents);

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> values = (List<Map<String, Object>>) form.get(2).get("values");
        assertThat(values).hasSize(2);
        assertThat(values.get(0).toString()).contains("Pengantar RT");
        assertThat(values.get(1).toString()).doesNotContain("Pengantar RT");
    }
}
