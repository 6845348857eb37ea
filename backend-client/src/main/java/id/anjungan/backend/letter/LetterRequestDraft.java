package id.anjungan.backend.letter;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a resident filled in to ask for a letter, ready to send.
 *
 * @param letterTypeId the letter's id ({@code id_surat})
 * @param slug         the letter's slug (request URL)
 * @param answers      form field name → value, in form order
 * @param requirements requirement id → chosen {@link RequirementChoice#value()} (a document id or {@code "-1"})
 */
public record LetterRequestDraft(String letterTypeId, String slug, Map<String, String> answers,
        Map<String, String> requirements) {

    private static final Set<String> RESERVED = Set.of("id_surat", "isian_form", "syarat");

    public LetterRequestDraft {
        Objects.requireNonNull(letterTypeId, "letterTypeId");
        Objects.requireNonNull(slug, "slug");
        answers = unmodifiableCopy(answers);
        requirements = unmodifiableCopy(requirements);
        for (String key : answers.keySet()) {
            if (RESERVED.contains(key)) {
                throw new IllegalArgumentException("'" + key + "' is sent by the client itself, not as a form answer");
            }
        }
    }

    /** A draft for the given letter. */
    public static LetterRequestDraft of(LetterType type, Map<String, String> answers, Map<String, String> requirements) {
        return new LetterRequestDraft(type.id(), type.slug(), answers, requirements);
    }

    private static Map<String, String> unmodifiableCopy(Map<String, String> source) {
        Map<String, String> copy = new LinkedHashMap<>();
        source.forEach((key, value) -> copy.put(Objects.requireNonNull(key), value == null ? "" : value));
        return Collections.unmodifiableMap(copy);
    }
}
