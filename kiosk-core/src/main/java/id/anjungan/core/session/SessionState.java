package id.anjungan.core.session;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** The screens of a resident's session; the UI shows one per state and asks the machine for everything else. */
public enum SessionState {
    /** Nobody is using the kiosk; the attract screen invites a tap, a card or a scan. */
    ATTRACT,
    /** Who are you: type the NIK, tap a card, or scan a ticket or NIK QR. */
    IDENTIFY,
    /** Prove it: the PIN. */
    VERIFY,
    /** The second factor for an enrolled resident, where the village allows it. */
    FINGERPRINT,
    /** The server asked for a new PIN ({@code ganti_pin}); nothing else until it is changed. */
    CHANGE_PIN,
    /** The menu. */
    HOME,
    /** Choosing and filling in a letter. */
    LETTER_FORM,
    /** Checking the filled-in letter before it is sent. */
    CONFIRM,
    /** Sending the request and printing the ticket. */
    SUBMITTING,
    /** The ticket: number, claim code, and whether the request reached the village yet. */
    TICKET,
    /** The resident's requests and their status. */
    MY_REQUESTS,
    /** Confirming the cancellation of one request. */
    CANCEL,
    /** Printing a signed letter. */
    COLLECT,
    /** Printing the biodata sheet or the family card. */
    PRINT_DOCUMENT,
    /** How satisfied were you (OpenSID's four levels). */
    SURVEY,
    /** Logging out and forgetting everything; always followed by ATTRACT. */
    WIPE;

    /** The name used in configuration, e.g. {@code letter-form}. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Every configuration name. */
    public static Set<String> configNames() {
        Set<String> names = new LinkedHashSet<>();
        for (SessionState state : values()) {
            names.add(state.configName());
        }
        return names;
    }

    /** Whether the resident has passed every check (PIN, fingerprint, PIN change) in this state. */
    public boolean verified() {
        return ordinal() >= HOME.ordinal() && this != WIPE;
    }
}
