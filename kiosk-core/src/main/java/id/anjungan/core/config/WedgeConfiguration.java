package id.anjungan.core.config;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The settings of the one keyboard wedge shared by a wedge card reader and a wedge scanner: the card reader's settings,
 * the scanner's where the card reader gives none, and the mode from which of the two are wedges. Settings the two give
 * differently are a configuration problem ({@link #conflicts}): one keyboard stream has one timing.
 */
public final class WedgeConfiguration {

    private WedgeConfiguration() {
    }

    /** Whether a device's settings name the keyboard wedge. */
    public static boolean isWedge(Map<String, String> settings) {
        return settings != null && DeviceKinds.KEYBOARD_WEDGE.equals(settings.get("type"));
    }

    /** The wedge's settings; either argument is null when that device is not a wedge. */
    public static Map<String, String> merged(Map<String, String> card, Map<String, String> scanner) {
        Map<String, String> merged = new LinkedHashMap<>();
        if (scanner != null) {
            merged.putAll(scanner);
        }
        if (card != null) {
            merged.putAll(card);
        }
        merged.put("mode", card != null && scanner != null ? "card-and-scanner" : card != null ? "card" : "scanner");
        return merged;
    }

    /** One line per setting the wedge card reader and wedge scanner give differently (named by the scanner's key). */
    public static Map<String, String> conflicts(Map<String, String> card, Map<String, String> scanner) {
        Map<String, String> conflicts = new LinkedHashMap<>();
        if (!isWedge(card) || !isWedge(scanner)) {
            return conflicts;
        }
        scanner.forEach((key, value) -> {
            if (card.containsKey(key) && !Objects.equals(card.get(key), value)) {
                conflicts.put(key, "'" + value + "' differs from the card reader's '" + card.get(key)
                        + "' (both type into one keyboard stream, so they share one setting)");
            }
        });
        return conflicts;
    }
}
