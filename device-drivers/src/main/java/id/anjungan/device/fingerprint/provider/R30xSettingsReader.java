package id.anjungan.device.fingerprint.provider;

import id.anjungan.device.api.DeviceSettings;
import id.anjungan.device.fingerprint.R30xSettings;
import id.anjungan.device.provider.SettingsCheck;
import java.time.Duration;

/** The module protocol's settings, shared by the real and the simulated module. */
final class R30xSettingsReader {

    private R30xSettingsReader() {
    }

    static R30xSettings protocol(DeviceSettings settings) {
        R30xSettings defaults = R30xSettings.defaults();
        return new R30xSettings(SettingsCheck.unsigned32(settings, "address", defaults.address()),
                SettingsCheck.unsigned32(settings, "password", defaults.password()),
                wait(settings, "reply-timeout", defaults.replyTimeout(), Duration.ofSeconds(30)),
                wait(settings, "capture-timeout", defaults.captureTimeout(), Duration.ofMinutes(2)),
                wait(settings, "lift-timeout", defaults.liftTimeout(), Duration.ofMinutes(2)), defaults.pollInterval());
    }

    private static Duration wait(DeviceSettings settings, String name, Duration fallback, Duration most) {
        Duration value = settings.duration(name, fallback);
        if (value.toMillis() < 100 || value.compareTo(most) > 0) {
            throw new IllegalArgumentException(name + ": " + value.toMillis() + " ms is not between 100 ms and "
                    + most.toSeconds() + " s");
        }
        return value;
    }
}
