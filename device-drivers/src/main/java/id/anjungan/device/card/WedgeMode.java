package id.anjungan.device.card;

/** Which devices type on this kiosk's keyboard input. */
public enum WedgeMode {
    /** Only a card reader: every burst is a card number. */
    CARD,
    /** Only a code scanner: every burst is a scanned code. */
    SCANNER,
    /** Both: a burst that is a valid card number is a card, anything else a scanned code. */
    CARD_AND_SCANNER
}
