package id.anjungan.core.session;

import id.anjungan.backend.Nik;
import id.anjungan.backend.ResidentProfile;
import id.anjungan.backend.Session;
import id.anjungan.backend.letter.ArchivedLetter;
import id.anjungan.backend.letter.LetterRequest;
import id.anjungan.backend.letter.LetterRequestDraft;
import id.anjungan.backend.letter.LetterType;
import id.anjungan.core.queue.Claim;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What one session knows about its resident; all of it is dropped at WIPE. Only the machine touches it. */
final class SessionData {

    String method;
    String cardUid;
    Nik nik;
    /** The resident's template page on the fingerprint module, while FINGERPRINT is asked. */
    Integer fingerprintPage;
    Claim claim;
    Session backendSession;
    ResidentProfile resident;
    List<LetterType> letterTypes = new ArrayList<>();
    LetterType chosen;
    Map<String, String> answers = new LinkedHashMap<>();
    Map<String, String> requirements = new LinkedHashMap<>();
    LetterRequestDraft draft;
    Map<String, List<String>> fieldErrors = new LinkedHashMap<>();
    List<LetterRequest> requests = new ArrayList<>();
    String highlighted;
    List<ArchivedLetter> letters = new ArrayList<>();
    TicketView ticket;
    boolean offerCardLink;
    boolean helpCalled;
    Said notice;
    Path tempDir;
}
