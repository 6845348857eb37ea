package id.anjungan.core.session;

import java.util.List;
import java.util.Objects;

/**
 * A sentence for the resident: a stable key that the UI looks up in its resource bundles, the values that go into it
 * (numbers, names of letters — never a NIK, PIN or token), and the Indonesian sentence itself (for audit-free logs,
 * tests, and any screen without bundles). Every sentence kiosk-core says is made in {@link Sentences}.
 *
 * @param key        the bundle key, e.g. {@code identify.wrongPin}
 * @param args       the MessageFormat arguments, in order ({0}, {1}, ...)
 * @param indonesian the sentence in Bahasa Indonesia, arguments filled in
 */
public record Said(String key, List<Object> args, String indonesian) {

    public Said {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(indonesian, "indonesian");
        args = List.copyOf(args);
    }

    /** A sentence with its key and, in order, its arguments. */
    public static Said of(String key, String indonesian, Object... args) {
        return new Said(key, List.of(args), indonesian);
    }

    @Override
    public String toString() {
        return indonesian;
    }
}
