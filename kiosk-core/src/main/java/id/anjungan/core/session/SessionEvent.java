package id.anjungan.core.session;

import java.util.Map;

/** Everything that can happen to a session: what the resident does, what devices report, and time passing. */
public sealed interface SessionEvent {

    /** The attract screen was touched. */
    record Touched() implements SessionEvent {
    }

    /** A card was tapped or inserted; {@code uid} is its tag id as the reader gives it. */
    record CardTapped(String uid) implements SessionEvent {
    }

    /** The card that started the session was taken away. */
    record CardRemoved() implements SessionEvent {
    }

    /** A code was scanned: a ticket's claim code or a NIK. */
    record CodeScanned(String text) implements SessionEvent {
    }

    /** The resident typed a NIK. */
    record NikTyped(String digits) implements SessionEvent {
    }

    /** The resident typed the PIN; it is used once and dropped. */
    record PinEntered(String digits) implements SessionEvent {
        @Override
        public String toString() {
            return "PinEntered[******]";
        }
    }

    /** The fingerprint reader matched the resident's enrolled template. */
    record FingerprintMatched() implements SessionEvent {
    }

    /** The fingerprint reader did not match. */
    record FingerprintFailed() implements SessionEvent {
    }

    /**
     * No fingerprint could be compared: no finger came within the capture time (or its image was too poor), or the
     * reader failed. Neither counts as a failed attempt. Without a finger the resident is simply asked again; with a
     * broken reader (or none at all) the session goes on with the PIN the village backend already accepted, because
     * the fingerprint is the kiosk's extra factor and a broken device must not turn residents away.
     */
    record FingerprintUnavailable(Cause cause) implements SessionEvent {

        /** Why no fingerprint was compared. */
        public enum Cause {
            /** No usable finger within the capture time; the reader works. */
            NO_FINGER,
            /** The reader is absent, unplugged or failing, or holds no template in the resident's page. */
            READER_FAILED
        }
    }

    /** The resident typed the old PIN, the new one and the new one again. */
    record PinChangeEntered(String oldPin, String newPin, String confirmation) implements SessionEvent {
        @Override
        public String toString() {
            return "PinChangeEntered[******]";
        }
    }

    /** The resident agreed to link the tapped card to their NIK at this kiosk. */
    record CardLinkAccepted() implements SessionEvent {
    }

    /** A menu item on the home screen. */
    record MenuChosen(HomeChoice choice) implements SessionEvent {
    }

    /** A letter chosen from the list. */
    record LetterChosen(String letterTypeId) implements SessionEvent {
    }

    /** The filled-in form: field name → value, requirement id → choice value. */
    record FormSubmitted(Map<String, String> answers, Map<String, String> requirements) implements SessionEvent {
        public FormSubmitted {
            answers = Map.copyOf(answers);
            requirements = Map.copyOf(requirements);
        }
    }

    /** Yes, send it / yes, cancel it. */
    record Confirmed() implements SessionEvent {
    }

    /** The back button: one screen back, or out before login. */
    record Back() implements SessionEvent {
    }

    /** One of the resident's requests chosen for cancelling. */
    record CancelChosen(String requestId) implements SessionEvent {
    }

    /** One of the resident's issued letters chosen for printing. */
    record CollectChosen(String archiveId) implements SessionEvent {
    }

    /** The survey answer, 1 (best) to 4. */
    record SurveyAnswered(int level) implements SessionEvent {
    }

    /** "Selesai": end the session (through the survey when logged in). */
    record Finish() implements SessionEvent {
    }

    /** "Saya masih di sini": the idle warning is answered. */
    record Extend() implements SessionEvent {
    }

    /** "Panggil petugas", on screen or the help button. */
    record HelpRequested() implements SessionEvent {
    }
}
