package id.anjungan.backend;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A 16-digit national identity number (NIK). Personal data under UU PDP: {@link #toString()} masks it,
 * so it can never reach a log by accident; only {@link #digits()} gives the whole number.
 */
public record Nik(String digits) {

    private static final Pattern SIXTEEN_DIGITS = Pattern.compile("\\d{16}");
    private static final Pattern NIK_IN_TEXT = Pattern.compile("(?<!\\d)(\\d{4})\\d{8}(\\d{4})(?!\\d)");

    public Nik {
        if (digits == null || !SIXTEEN_DIGITS.matcher(digits).matches()) {
            throw BackendException.validation("a NIK must be 16 digits",
                    Map.of("credential", List.of("NIK harus terdiri dari 16 angka.")));
        }
    }

    /** Parses what a resident typed or a scanner read; spaces and dots are ignored. */
    public static Nik of(String typed) {
        return new Nik(typed == null ? null : typed.replaceAll("[\\s.]", ""));
    }

    /** The NIK as it may appear in a log: {@code 3301********0001}. */
    public String masked() {
        return digits.substring(0, 4) + "********" + digits.substring(12);
    }

    /** Masks every 16-digit run in a text (server messages, for instance) before it is logged. */
    public static String maskAll(String text) {
        return text == null ? null : NIK_IN_TEXT.matcher(text).replaceAll("$1********$2");
    }

    @Override
    public String toString() {
        return masked();
    }
}
