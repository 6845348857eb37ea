package id.anjungan.ui.session;

import id.anjungan.backend.PdfDocument;
import id.anjungan.backend.VillageProfile;
import id.anjungan.backend.letter.ArchivedLetter;
import id.anjungan.backend.letter.LetterRequest;
import id.anjungan.backend.letter.LetterType;
import java.util.List;
import java.util.Map;

/**
 * What the screens ask of one resident session. View models call it from a background thread, one call at a time;
 * failures arrive as {@code BackendException} or {@code DeviceException}, which {@link Problems} turns into words.
 * Holds at most one logged-in resident; {@link #wipe()} forgets everything about them.
 */
public interface SessionPort {

    /** The village's name and logo for the attract screen. */
    VillageProfile village();

    /** Logs in with a NIK and PIN; the resident's name and whether a PIN change comes first. */
    Resident login(String nik, String pin);

    /** Changes the PIN of the resident who must change it. */
    void changePin(String oldPin, String newPin, String confirmation);

    /** The letters the resident may ask for. */
    List<LetterType> letterTypes();

    /** Sends a letter request and prints its queue ticket; the ticket is shown on screen even when it did not print. */
    TicketInfo submit(LetterType type, Map<String, String> answers, Map<String, String> requirements);

    /** The resident's requests, newest first. */
    List<LetterRequest> myRequests();

    /** Cancels one of the resident's requests. */
    void cancel(String requestId);

    /** The resident's issued letters. */
    List<ArchivedLetter> letters();

    /** Downloads one of the resident's issued letters. */
    PdfDocument download(ArchivedLetter letter);

    /** The resident's biodata sheet. */
    PdfDocument biodata();

    /** The resident's family card. */
    PdfDocument familyCard();

    /** Prints a document on the A4 printer and returns once the printer says it is done. */
    void printA4(PdfDocument document, DocumentKind kind, PrintProgress progress);

    /** Records the resident's answer to the exit survey. */
    void survey(SurveyLevel level);

    /** Ends the session: logout, buffers cleared. Safe to call when nobody is logged in. */
    void wipe();
}
