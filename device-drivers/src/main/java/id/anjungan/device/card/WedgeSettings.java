package id.anjungan.device.card;

import java.time.Duration;
import java.util.Objects;

/**
 * How to tell a device typing from a person typing, and what the device types.
 *
 * @param maxGap       the longest pause between two keys of a device burst (devices type a key every few
 *                     milliseconds; people take 80 ms or more)
 * @param minLength    the fewest characters in a burst (a 4-byte UID has 8 hex or 10 decimal digits)
 * @param maxLength    the most characters held; beyond that the text is passed on as typed
 * @param requireEnter whether a burst must end with Enter; when false a burst also ends after {@code maxGap}
 * @param mode         which devices type here
 * @param uidFormat    how the card reader types UIDs
 * @param reverseBytes whether the card reader types UID bytes in reverse (little-endian) order
 */
public record WedgeSettings(Duration maxGap, int minLength, int maxLength, boolean requireEnter, WedgeMode mode,
                            UidFormat uidFormat, boolean reverseBytes) {

    public WedgeSettings {
        Objects.requireNonNull(maxGap, "maxGap");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(uidFormat, "uidFormat");
        if (maxGap.isNegative() || maxGap.isZero() || minLength < 1 || maxLength < minLength) {
            throw new IllegalArgumentException("need a positive gap and 1 <= minLength <= maxLength");
        }
    }

    /** 30 ms gaps, at least 8 characters, Enter required, card and scanner, UID format detected. */
    public static WedgeSettings defaults() {
        return new WedgeSettings(Duration.ofMillis(30), 8, 1024, true, WedgeMode.CARD_AND_SCANNER, UidFormat.AUTO, false);
    }

    public WedgeSettings withMode(WedgeMode value) {
        return new WedgeSettings(maxGap, minLength, maxLength, requireEnter, value, uidFormat, reverseBytes);
    }

    public WedgeSettings withUidFormat(UidFormat value, boolean reversed) {
        return new WedgeSettings(maxGap, minLength, maxLength, requireEnter, mode, value, reversed);
    }

    public WedgeSettings withRequireEnter(boolean value) {
        return new WedgeSettings(maxGap, minLength, maxLength, value, mode, uidFormat, reverseBytes);
    }
}
