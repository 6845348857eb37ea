package id.anjungan.backend.letter;

import java.util.List;

/**
 * The form a resident fills in to ask for one letter.
 *
 * @param fields       the inputs, in the server's order (including {@code keterangan} and {@code no_hp_aktif});
 *                     the requirement select is not among them, it is {@link #requirements()}
 * @param requirements the documents the letter needs, each answered by one {@link RequirementChoice}
 */
public record LetterForm(List<FormField> fields, List<Requirement> requirements) {

    public LetterForm {
        fields = List.copyOf(fields);
        requirements = List.copyOf(requirements);
    }
}
