package id.anjungan.backend.opensid;

import com.fasterxml.jackson.databind.JsonNode;
import id.anjungan.backend.BackendError;
import id.anjungan.backend.BackendException;
import id.anjungan.backend.letter.FieldOption;
import id.anjungan.backend.letter.FieldType;
import id.anjungan.backend.letter.FormField;
import id.anjungan.backend.letter.LetterForm;
import id.anjungan.backend.letter.LetterType;
import id.anjungan.backend.letter.Requirement;
import id.anjungan.backend.letter.RequirementChoice;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the typed form model from {@code form_surat} (contract §2.1). The {@code syarat} select becomes the
 * letter's requirements, each offering the resident's own documents and, always, bringing the paper.
 */
final class FormMapper {

    private static final Logger LOG = LoggerFactory.getLogger(FormMapper.class);
    static final String REQUIREMENTS_FIELD = "syarat";

    private FormMapper() {
    }

    static LetterType toLetterType(ApiCaller.Resource<JenisSuratDto> resource) {
        JenisSuratDto letter = resource.attributes();
        String slug = Lenient.text(letter.slug());
        if (slug == null) {
            throw new BackendException(BackendError.PROTOCOL,
                    "LETTER_TYPES: letter type " + resource.id() + " has no slug");
        }
        JsonNode formSurat = letter.formSurat();
        LetterForm form = formSurat == null || formSurat.isNull() ? null : form(resource.id(), formSurat);
        return new LetterType(resource.id(), Lenient.text(letter.kode()), Lenient.text(letter.nama()), slug, form);
    }

    private static LetterForm form(String letterId, JsonNode formSurat) {
        List<FormField> fields = new ArrayList<>();
        List<Requirement> requirements = new ArrayList<>();
        for (JsonNode node : OpenSidJson.elements(formSurat)) {
            FormFieldDto field = OpenSidJson.convert(node, FormFieldDto.class, "LETTER_TYPES");
            String name = Lenient.text(field.name());
            if (name == null) {
                LOG.warn("letter type {}: skipping a form field without a name (label '{}')", letterId, field.label());
            } else if (name.equals(REQUIREMENTS_FIELD)) {
                requirements.addAll(requirements(field));
            } else {
                fields.add(new FormField(FieldType.fromWire(field.type()), name, Lenient.text(field.label()),
                        Lenient.flag(field.required()), Lenient.text(field.placeholder()), options(field.values())));
            }
        }
        return new LetterForm(fields, requirements);
    }

    private static List<FieldOption> options(JsonNode values) {
        List<FieldOption> options = new ArrayList<>();
        for (JsonNode node : OpenSidJson.elements(values)) {
            if (node.isValueNode()) {
                options.add(new FieldOption(node.asText(), node.asText()));
                continue;
            }
            OptionDto option = OpenSidJson.convert(node, OptionDto.class, "LETTER_TYPES");
            String value = Lenient.text(option.value()) == null ? Lenient.text(option.label()) : Lenient.text(option.value());
            if (value != null) {
                options.add(new FieldOption(Lenient.text(option.label()) == null ? value : Lenient.text(option.label()), value));
            }
        }
        return options;
    }

    private static List<Requirement> requirements(FormFieldDto syarat) {
        List<Requirement> requirements = new ArrayList<>();
        for (JsonNode node : OpenSidJson.elements(syarat.values())) {
            OptionDto requirement = OpenSidJson.convert(node, OptionDto.class, "LETTER_TYPES");
            String id = Lenient.text(requirement.value());
            if (id == null) {
                continue;
            }
            List<RequirementChoice> choices = new ArrayList<>();
            for (JsonNode nested : OpenSidJson.elements(requirement.formSurat())) {
                FormFieldDto documents = OpenSidJson.convert(nested, FormFieldDto.class, "LETTER_TYPES");
                for (FieldOption document : options(documents.values())) {
                    if (!document.value().equals(RequirementChoice.BRING_PAPER_VALUE)) {
                        choices.add(RequirementChoice.document(document.value(), document.label()));
                    }
                }
            }
            choices.add(RequirementChoice.BRING_PAPER);
            requirements.add(new Requirement(id, Lenient.text(requirement.label()), choices));
        }
        return requirements;
    }
}
