package id.anjungan.device.scanner;

import java.util.Optional;

/**
 * The AIM symbology identifier some scanners put before the data: {@code ]} then a symbology letter
 * then a modifier character, such as {@code ]Q1} (QR), {@code ]C0} (Code 128), {@code ]E0} (EAN-13),
 * {@code ]d2} (Data Matrix).
 */
public final class AimIdentifier {

    private AimIdentifier() {
    }

    /** The identifier at the start of {@code text}, if there is one. */
    public static Optional<String> of(String text) {
        if (text.length() >= 3 && text.charAt(0) == ']' && Character.isLetter(text.charAt(1))
                && Character.isLetterOrDigit(text.charAt(2)) && text.charAt(1) < 128 && text.charAt(2) < 128) {
            return Optional.of(text.substring(0, 3));
        }
        return Optional.empty();
    }

    /** {@code text} without its identifier. */
    public static String strip(String text) {
        return of(text).map(id -> text.substring(id.length())).orElse(text);
    }
}
