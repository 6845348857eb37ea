package id.anjungan.device.card;

import id.anjungan.device.api.CardEvent;
import id.anjungan.device.api.ScannedCode;

/** What the keystroke decoder makes of keys: text a person typed, a card, or a scanned code. */
sealed interface WedgeOutput {

    /** Keys a person typed, in order, to pass on to the focused field; Enter stays {@code \r} or {@code \n}. */
    record Typed(String text) implements WedgeOutput {
    }

    /** A burst from a card reader: a tap, or a number that is no UID. */
    record Card(CardEvent event) implements WedgeOutput {
    }

    /** A burst from a code scanner. */
    record Code(ScannedCode code) implements WedgeOutput {
    }
}
