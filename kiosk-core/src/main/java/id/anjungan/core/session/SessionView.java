package id.anjungan.core.session;

import id.anjungan.backend.letter.ArchivedLetter;
import id.anjungan.backend.letter.LetterRequest;
import id.anjungan.backend.letter.LetterType;
import java.util.List;
import java.util.Map;

/**
 * Everything the UI needs to draw the current state; it holds no rules. Lists are empty and values null when the
 * state does not use them. It carries neither the NIK (only masked), nor the PIN, nor the token.
 *
 * @param state             the screen
 * @param message           what to say (an error, a lockout, a farewell) as a bundle key with values, or null
 * @param idleWarning       the "are you still there?" warning is showing; {@link SessionEvent.Extend} answers it
 * @param helpCalled        staff were called during this session
 * @param maskedNik         the identified NIK, masked, or null
 * @param residentName      the logged-in resident's name, or null
 * @param letterTypes       letters the resident may ask for (HOME, LETTER_FORM)
 * @param chosenLetter      the letter being filled in (LETTER_FORM, CONFIRM)
 * @param answers           what was filled in (LETTER_FORM after an error, CONFIRM)
 * @param fieldErrors       form field → messages, the server's words or the local checks' (LETTER_FORM, CHANGE_PIN)
 * @param requests          the resident's requests (MY_REQUESTS, CANCEL)
 * @param highlightedRequest the request a scanned ticket leads to, or the one being cancelled
 * @param letters           issued letters the resident may print (COLLECT)
 * @param ticket            the ticket (TICKET)
 * @param offerCardLink     the tapped card is the resident's own e-KTP by the village's record; offer to link it
 * @param notice            what the outbox did at login, what a print did, a linked card, a help call, or null
 */
public record SessionView(SessionState state, Said message, boolean idleWarning, boolean helpCalled, String maskedNik,
        String residentName, List<LetterType> letterTypes, LetterType chosenLetter, Map<String, String> answers,
        Map<String, List<String>> fieldErrors, List<LetterRequest> requests, String highlightedRequest,
        List<ArchivedLetter> letters, TicketView ticket, boolean offerCardLink, Said notice) {

    public SessionView {
        letterTypes = List.copyOf(letterTypes);
        answers = Map.copyOf(answers);
        fieldErrors = Map.copyOf(fieldErrors);
        requests = List.copyOf(requests);
        letters = List.copyOf(letters);
    }
}
