package id.anjungan.backend.letter;

import java.util.List;
import java.util.Objects;

/**
 * A document a letter needs (syarat surat), e.g. "Surat Pengantar RT/RW".
 *
 * @param id      the server's requirement id ({@code ref_syarat_id})
 * @param name    what the resident reads
 * @param choices the resident's own uploaded documents, then {@link RequirementChoice#BRING_PAPER} last
 */
public record Requirement(String id, String name, List<RequirementChoice> choices) {

    public Requirement {
        Objects.requireNonNull(id, "id");
        name = name == null ? id : name;
        choices = List.copyOf(choices);
    }
}
