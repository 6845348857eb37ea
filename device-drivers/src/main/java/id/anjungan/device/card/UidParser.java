package id.anjungan.device.card;

import id.anjungan.device.api.CardUid;
import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;
import java.math.BigInteger;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Turns what a keyboard-wedge reader typed into a {@link CardUid} in card byte order, the order PC/SC
 * readers report. Readers that type the bytes reversed (little-endian) are configured with
 * {@code reverse}; the result is then comparable with a PC/SC reader's UID and its
 * {@link CardUid#decimal()} is OpenSID's {@code tag_id_card} form.
 */
final class UidParser {

    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,25}");
    private static final Pattern HEX = Pattern.compile("[0-9A-Fa-f]{2}([:\\- ]?[0-9A-Fa-f]{2})*");
    private static final Pattern HEX_HINT = Pattern.compile(".*[A-Fa-f:\\- ].*");

    private final UidFormat format;
    private final boolean reverse;

    UidParser(UidFormat format, boolean reverse) {
        this.format = format;
        this.reverse = reverse;
    }

    /**
     * Parses a typed UID.
     *
     * @throws DeviceException with {@link DeviceError#CARD_INVALID_NUMBER} when the text is no UID in the configured form
     */
    CardUid parse(String typed) {
        String text = typed.strip();
        boolean hex = format == UidFormat.HEX || (format == UidFormat.AUTO && HEX_HINT.matcher(text).matches());
        byte[] bytes = hex ? fromHex(text) : fromDecimal(text);
        if (reverse) {
            for (int i = 0, j = bytes.length - 1; i < j; i++, j--) {
                byte b = bytes[i];
                bytes[i] = bytes[j];
                bytes[j] = b;
            }
        }
        return CardUid.of(bytes);
    }

    private static byte[] fromHex(String text) {
        if (!HEX.matcher(text).matches()) {
            throw invalid(text, "not hex byte pairs");
        }
        byte[] bytes = HexFormat.of().parseHex(text.replaceAll("[:\\- ]", ""));
        if (bytes.length != 4 && bytes.length != 7 && bytes.length != 10) {
            throw invalid(text, bytes.length + " bytes, a UID has 4, 7 or 10");
        }
        return bytes;
    }

    private static byte[] fromDecimal(String text) {
        if (!DIGITS.matcher(text).matches() || text.length() < 8) {
            throw invalid(text, "not 8 to 25 decimal digits");
        }
        // the digit count, not the value, picks the size: a padded 7-byte UID may have a small value
        int size = text.length() <= 10 ? 4 : text.length() <= 17 ? 7 : 10;
        BigInteger value = new BigInteger(text);
        if (value.bitLength() > size * 8) {
            throw invalid(text, "too large for a " + size + "-byte UID");
        }
        byte[] raw = value.toByteArray();
        byte[] bytes = new byte[size];
        int copy = Math.min(raw.length, size);
        System.arraycopy(raw, raw.length - copy, bytes, size - copy, copy);
        return bytes;
    }

    private static DeviceException invalid(String text, String why) {
        // the text itself stays out of the message: it may be a card number
        return new DeviceException(DeviceError.CARD_INVALID_NUMBER, "typed card number of " + text.length() + " characters: " + why);
    }
}
