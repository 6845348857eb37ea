package id.anjungan.device.api;

import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One device's settings as a technician wrote them in the site configuration: the {@code type:} that picks a
 * {@link DeviceProvider}, and plain text values keyed by their kebab-case name ({@code path}, {@code port} ...).
 * The typed readers throw {@link IllegalArgumentException} with a sentence that names the key, which providers
 * report as configuration problems.
 *
 * @param type   the provider's type value, e.g. {@code escpos-tcp}
 * @param values setting name → value as written
 */
public record DeviceSettings(String type, Map<String, String> values) {

    public DeviceSettings {
        Objects.requireNonNull(type, "type");
        values = Map.copyOf(new TreeMap<>(values));
    }

    /** The value of a setting, when given and not blank. */
    public Optional<String> text(String name) {
        String value = values.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    /** The value of a setting that must be given. */
    public String required(String name) {
        return text(name).orElseThrow(() -> new IllegalArgumentException(name + ": is required for type '" + type + "'"));
    }

    /** A whole number within bounds, or the default when absent. */
    public int integer(String name, int fallback, int min, int max) {
        Optional<String> value = text(name);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.get());
            if (number < min || number > max) {
                throw new IllegalArgumentException(name + ": " + number + " is not between " + min + " and " + max);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": '" + value.get() + "' is not a whole number", e);
        }
    }

    /** A duration written as {@code 500ms}, {@code 5s}, {@code 2m} or ISO-8601 ({@code PT5S}), or the default. */
    public Duration duration(String name, Duration fallback) {
        Optional<String> value = text(name);
        if (value.isEmpty()) {
            return fallback;
        }
        String written = value.get().toLowerCase(Locale.ROOT);
        try {
            if (written.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(written.substring(0, written.length() - 2)));
            }
            if (written.endsWith("s")) {
                return Duration.ofSeconds(Long.parseLong(written.substring(0, written.length() - 1)));
            }
            if (written.endsWith("m")) {
                return Duration.ofMinutes(Long.parseLong(written.substring(0, written.length() - 1)));
            }
            return Duration.parse(value.get());
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException(name + ": '" + value.get() + "' is not a duration such as 500ms or 5s", e);
        }
    }

    /** A file system path, or the default when absent. */
    public Path path(String name, Path fallback) {
        return text(name).map(Path::of).orElse(fallback);
    }

    /** One of a fixed set of words (compared without case), or the default when absent. */
    public String choice(String name, String fallback, String... allowed) {
        Optional<String> value = text(name);
        if (value.isEmpty()) {
            return fallback;
        }
        for (String candidate : allowed) {
            if (candidate.equalsIgnoreCase(value.get())) {
                return candidate;
            }
        }
        throw new IllegalArgumentException(name + ": '" + value.get() + "' is not one of " + String.join(", ", allowed));
    }
}
