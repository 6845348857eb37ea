package id.anjungan.backend;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A resident's layanan-mandiri PIN. It is sent to the server and forgotten: {@link #toString()} never shows it,
 * and nothing in backend-client stores it.
 */
public record Pin(String digits) {

    private static final Pattern DIGITS = Pattern.compile("\\d{4,12}");

    public Pin {
        if (digits == null || !DIGITS.matcher(digits).matches()) {
            throw BackendException.validation("a PIN must be 4 to 12 digits",
                    Map.of("password", List.of("PIN harus berupa angka.")));
        }
    }

    public static Pin of(String typed) {
        return new Pin(typed);
    }

    @Override
    public String toString() {
        return "Pin[******]";
    }
}
