package id.anjungan.device.provider;

import id.anjungan.device.api.DeviceSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Reads settings the way a provider's {@code check} needs: every reading that fails becomes one line, so a technician
 * sees all bad settings at once instead of the first.
 */
public final class SettingsCheck {

    private final List<String> problems = new ArrayList<>();

    /** Runs one reading; its {@link IllegalArgumentException} message becomes a problem line. */
    public SettingsCheck read(Consumer<DeviceSettings> reading, DeviceSettings settings) {
        try {
            reading.accept(settings);
        } catch (IllegalArgumentException bad) {
            problems.add(bad.getMessage());
        }
        return this;
    }

    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** {@code true} or {@code false} (any case), or the default when absent. */
    public static boolean flag(DeviceSettings settings, String name, boolean fallback) {
        return Boolean.parseBoolean(settings.choice(name, String.valueOf(fallback), "true", "false").toLowerCase(Locale.ROOT));
    }

    /** A 32-bit unsigned number written in decimal or as {@code 0x...} hex, or the default when absent. */
    public static long unsigned32(DeviceSettings settings, String name, long fallback) {
        String text = settings.text(name).orElse(null);
        if (text == null) {
            return fallback;
        }
        try {
            long value = text.toLowerCase(Locale.ROOT).startsWith("0x") ? Long.parseLong(text.substring(2), 16) : Long.parseLong(text);
            if (value < 0 || value > 0xFFFF_FFFFL) {
                throw new IllegalArgumentException(name + ": " + text + " does not fit 32 bits");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": '" + text + "' is not a number (decimal, or hex as 0x...)", e);
        }
    }
}
