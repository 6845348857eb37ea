package id.anjungan.core.config;

import id.anjungan.core.CoreError;
import id.anjungan.core.KioskCoreException;
import java.util.List;

/** The configuration cannot be used; {@link #problems()} holds one plain line per problem. */
public final class InvalidConfigurationException extends KioskCoreException {

    private final List<String> problems;

    public InvalidConfigurationException(List<String> problems) {
        super(CoreError.INVALID_CONFIGURATION, "Invalid kiosk configuration:\n" + String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
