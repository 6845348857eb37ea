package id.anjungan.backend;

import id.anjungan.backend.letter.ArchivedLetter;
import id.anjungan.backend.letter.LetterRequest;
import id.anjungan.backend.letter.LetterRequestDraft;
import id.anjungan.backend.letter.LetterType;
import java.util.List;

/**
 * The kiosk's only road to the village: everything a resident does at the kiosk that the village backend
 * (OpenSID REST API v1) has to know about. Every method either returns a complete answer or throws
 * {@link BackendException}; none returns null or a partial list.
 *
 * <p>Calls that take a {@link Session} refuse with {@link BackendError#MUST_CHANGE_PIN} while
 * {@link Session#mustChangePin()} is true (except {@link #changePin} and {@link #logout}), and with
 * {@link BackendError#UNAUTHENTICATED} once the session has expired, without asking the server.
 */
public interface VillageBackend {

    /** The village's name, codes and branding. Needs no login. */
    VillageProfile villageProfile();

    /**
     * Logs a resident in with NIK and PIN.
     *
     * @throws BackendException {@link BackendError#WRONG_CREDENTIALS}, {@link BackendError#LOCKED_OUT} (with the
     *                          server's wait), {@link BackendError#VALIDATION}, or a transport failure
     */
    LoginResult login(Nik nik, Pin pin);

    /** Ends the session on the server. A token the server already forgot counts as logged out. */
    void logout(Session session);

    /**
     * Changes the resident's PIN; the returned session no longer requires a PIN change. The token stays the same.
     *
     * @throws BackendException {@link BackendError#WRONG_OLD_PIN}, or {@link BackendError#VALIDATION} when the new
     *                          PIN equals the old one or the confirmation differs
     */
    Session changePin(Session session, Pin oldPin, Pin newPin, Pin newPinConfirmation);

    /** Every letter the resident may ask for, with its form; all pages. */
    List<LetterType> letterTypes(Session session);

    /**
     * Sends a letter request. The server sets it to {@code Sedang Diperiksa}.
     *
     * @throws BackendException {@link BackendError#VALIDATION} with the field messages when the server refuses it
     */
    LetterRequest submitRequest(Session session, LetterRequestDraft draft);

    /** The resident's letter requests, newest first; all pages. */
    List<LetterRequest> myRequests(Session session);

    /**
     * Cancels a request that is still incomplete or being checked.
     *
     * @throws BackendException {@link BackendError#NOT_FOUND} when it is not the resident's or can no longer be cancelled
     */
    void cancelRequest(Session session, String requestId);

    /** The resident's issued letters; all pages. */
    List<ArchivedLetter> archive(Session session);

    /**
     * Downloads an issued letter. Take the letter from {@link #archive}: the server checks neither ownership nor
     * signature, so the kiosk must only ask for the resident's own letters.
     *
     * @throws BackendException {@link BackendError#NOT_FOUND} when the file is missing on the server (an empty answer),
     *                          {@link BackendError#PROTOCOL} when the answer is not a sound PDF
     */
    PdfDocument downloadLetter(Session session, ArchivedLetter letter);

    /** The resident's biodata sheet as a PDF. */
    PdfDocument biodata(Session session);

    /** A copy of the resident's family card (KK) as a PDF. */
    PdfDocument familyCard(Session session);

    /**
     * The server's own health check. For diagnostics only: the server allows 6 calls a minute.
     * An unhealthy server is a report, not an exception.
     */
    HealthReport health();
}
