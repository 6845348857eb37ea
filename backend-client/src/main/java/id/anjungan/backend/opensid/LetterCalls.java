package id.anjungan.backend.opensid;

import id.anjungan.backend.letter.ArchivedLetter;
import id.anjungan.backend.letter.LetterRequest;
import id.anjungan.backend.letter.LetterRequestDraft;
import id.anjungan.backend.letter.LetterType;
import id.anjungan.backend.letter.RequirementChoice;
import id.anjungan.backend.transport.HttpCall;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The letter calls: catalogue, submit, my requests, cancel, archive. */
final class LetterCalls {

    private static final Logger LOG = LoggerFactory.getLogger(LetterCalls.class);

    private final ApiCaller caller;

    LetterCalls(ApiCaller caller) {
        this.caller = caller;
    }

    List<LetterType> letterTypes(OpenSidSession session) {
        return caller.allPages(Endpoint.LETTER_TYPES, Paths.LETTER_TYPES, Map.of(), session.token(), JenisSuratDto.class,
                FormMapper::toLetterType);
    }

    LetterRequest submit(OpenSidSession session, LetterRequestDraft draft) {
        Map<String, String> form = body(draft);
        HttpCall call = HttpCall.post(Paths.submit(draft.slug()), form, session.token(), caller.settings().maxResponseBytes());
        LetterRequest created = RequestMapper.toRequest(caller.single(Endpoint.SUBMIT, call, PermohonanDto.class));
        LOG.info("letter request {} sent for letter type {} ({} requirement(s), {} brought on paper)", created.id(),
                draft.letterTypeId(), draft.requirements().size(),
                draft.requirements().values().stream().filter(RequirementChoice.BRING_PAPER_VALUE::equals).count());
        return created;
    }

    /**
     * The body of contract §2.3: {@code id_surat}, every answer at the top level (OpenSID validates them there),
     * the answers again as the JSON string {@code isian_form} (what it stores), and {@code syarat} as a JSON string
     * mapping requirement id to document id or "-1".
     */
    static Map<String, String> body(LetterRequestDraft draft) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("id_surat", draft.letterTypeId());
        form.putAll(draft.answers());
        form.put("isian_form", OpenSidJson.write(draft.answers()));
        form.put(FormMapper.REQUIREMENTS_FIELD, OpenSidJson.write(draft.requirements()));
        return form;
    }

    List<LetterRequest> myRequests(OpenSidSession session) {
        return caller.allPages(Endpoint.MY_REQUESTS, Paths.REQUESTS, Map.of("sort", "-id"), session.token(),
                PermohonanDto.class, RequestMapper::toRequest);
    }

    void cancel(OpenSidSession session, String requestId) {
        caller.acknowledged(Endpoint.CANCEL,
                HttpCall.put(Paths.cancel(requestId), session.token(), caller.settings().maxResponseBytes()));
        LOG.info("letter request {} cancelled", requestId);
    }

    List<ArchivedLetter> archive(OpenSidSession session) {
        return caller.allPages(Endpoint.ARCHIVE, Paths.ARCHIVE, Map.of("sort", "-id"), session.token(), ArsipDto.class,
                RequestMapper::toArchived);
    }
}
