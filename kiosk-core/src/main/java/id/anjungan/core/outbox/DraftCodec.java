package id.anjungan.core.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.anjungan.backend.letter.LetterRequestDraft;
import java.util.LinkedHashMap;
import java.util.Map;

/** A letter request draft as JSON, to be sealed. */
final class DraftCodec {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DraftCodec() {
    }

    static String encode(LetterRequestDraft draft) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("letterTypeId", draft.letterTypeId());
        fields.put("slug", draft.slug());
        fields.put("answers", draft.answers());
        fields.put("requirements", draft.requirements());
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a draft of strings always serialises", e);
        }
    }

    @SuppressWarnings("unchecked")
    static LetterRequestDraft decode(String json) {
        try {
            Map<String, Object> fields = JSON.readValue(json, Map.class);
            return new LetterRequestDraft((String) fields.get("letterTypeId"), (String) fields.get("slug"),
                    (Map<String, String>) fields.get("answers"), (Map<String, String>) fields.get("requirements"));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a sealed draft", e);
        }
    }
}
