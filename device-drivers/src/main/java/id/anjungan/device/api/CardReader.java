package id.anjungan.device.api;

/**
 * A contactless card reader for e-KTP cards: a PC/SC reader, or a keyboard-wedge reader that types the
 * card number. It reports card UIDs, which are lookup keys only: identity is proven by PIN or fingerprint.
 * Events reach listeners while the reader is open under its supervisor; listeners stay across reconnects.
 */
public interface CardReader {

    /** Adds a listener for taps, removals and unreadable cards. */
    void addListener(CardListener listener);

    /** Removes a listener added before. */
    void removeListener(CardListener listener);
}
