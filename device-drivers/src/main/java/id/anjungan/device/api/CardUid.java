package id.anjungan.device.api;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The UID of a contactless card, in the byte order the card sends it (as PC/SC {@code FF CA 00 00 00}
 * returns it). A UID is a lookup key, never proof of identity. {@link #toString()} is masked so a UID
 * cannot reach a log by accident.
 */
public final class CardUid {

    private final byte[] bytes;

    private CardUid(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * A UID from its bytes.
     *
     * @throws IllegalArgumentException unless there are 4, 7 or 10 bytes (single, double and triple size UIDs)
     */
    public static CardUid of(byte[] bytes) {
        int n = bytes.length;
        if (n != 4 && n != 7 && n != 10) {
            throw new IllegalArgumentException("a card UID has 4, 7 or 10 bytes, not " + n);
        }
        return new CardUid(bytes.clone());
    }

    /** The bytes in card order. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** Upper-case hex without separators, such as {@code 04A1B2C3D4E5F6}. */
    public String hex() {
        return HexFormat.of().withUpperCase().formatHex(bytes);
    }

    /**
     * The bytes read as one unsigned big-endian number in decimal, left-padded with zeros to 10 digits for
     * a 4-byte UID and 17 for a 7-byte one: the form OpenSID keeps in {@code tag_id_card} (10 to 17 digits).
     */
    public String decimal() {
        String digits = new BigInteger(1, bytes).toString();
        int width = bytes.length == 4 ? 10 : bytes.length == 7 ? 17 : 25;
        return "0".repeat(Math.max(0, width - digits.length())) + digits;
    }

    /** The first and last byte in hex with the rest starred, such as {@code 04**********F6}; safe to log. */
    public String masked() {
        String hex = hex();
        return hex.substring(0, 2) + "*".repeat(hex.length() - 4) + hex.substring(hex.length() - 2);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CardUid uid && Arrays.equals(bytes, uid.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "CardUid[" + masked() + "]";
    }
}
