package id.anjungan.device.card;

/** How a keyboard-wedge reader types a card UID. */
public enum UidFormat {
    /**
     * The UID as one unsigned decimal number: up to 10 digits for a 4-byte UID (the common 10-digit form,
     * also 8 digits when unpadded), 11 to 17 digits for a 7-byte UID, 18 to 25 for a 10-byte one.
     */
    DECIMAL,
    /** Hex digits, with or without {@code :}, {@code -} or space between bytes: 8, 14 or 20 digits. */
    HEX,
    /** Hex when the text has a letter A–F or a separator, else decimal. */
    AUTO
}
