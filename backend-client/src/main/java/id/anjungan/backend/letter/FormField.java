package id.anjungan.backend.letter;

import java.util.List;
import java.util.Objects;

/**
 * One input of a letter form.
 *
 * @param type        what kind of input
 * @param name        the key sent to the server (top level and inside {@code isian_form})
 * @param label       what the resident reads
 * @param required    whether the server refuses the request without it
 * @param placeholder the hint shown in an empty input (may be empty)
 * @param options     the choices of a select field; empty for other types
 */
public record FormField(FieldType type, String name, String label, boolean required, String placeholder,
        List<FieldOption> options) {

    public FormField {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        label = label == null ? name : label;
        placeholder = placeholder == null ? "" : placeholder;
        options = List.copyOf(options);
    }
}
