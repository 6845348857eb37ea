package id.anjungan.device.card.provider;

import id.anjungan.device.api.DeviceProvider;
import id.anjungan.device.api.DeviceSettings;
import id.anjungan.device.api.KeyboardWedge;
import id.anjungan.device.card.KeyboardWedgeReader;
import id.anjungan.device.card.UidFormat;
import id.anjungan.device.card.WedgeMode;
import id.anjungan.device.card.WedgeSettings;
import id.anjungan.device.provider.SettingsCheck;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * {@code type: keyboard-wedge}: card readers and scanners that type like a keyboard. Its kind is {@link KeyboardWedge},
 * so it is the {@code keyboard-wedge} provider of card readers and of scanners alike. Settings: {@code mode}
 * ({@code card}, {@code scanner}, {@code card-and-scanner}; the kiosk sets it from which devices are wedges),
 * {@code max-gap} (30ms), {@code min-length} (8), {@code max-length} (1024), {@code require-enter} (true),
 * {@code uid-format} ({@code auto}, {@code hex}, {@code decimal}) and {@code reverse-bytes} (false).
 */
public final class KeyboardWedgeProvider implements DeviceProvider<KeyboardWedge> {

    public static final String TYPE = "keyboard-wedge";

    @Override
    public Class<KeyboardWedge> kind() {
        return KeyboardWedge.class;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public List<String> check(DeviceSettings settings) {
        return new SettingsCheck().read(KeyboardWedgeProvider::wedge, settings).problems();
    }

    @Override
    public KeyboardWedge open(DeviceSettings settings) {
        return new KeyboardWedgeReader(wedge(settings));
    }

    static WedgeSettings wedge(DeviceSettings settings) {
        WedgeSettings defaults = WedgeSettings.defaults();
        String mode = settings.choice("mode", "card-and-scanner", "card", "scanner", "card-and-scanner");
        String uid = settings.choice("uid-format", "auto", "auto", "hex", "decimal");
        Duration gap = settings.duration("max-gap", defaults.maxGap());
        if (gap.isZero() || gap.isNegative() || gap.toMillis() > 1000) {
            throw new IllegalArgumentException("max-gap: " + gap.toMillis() + " ms is not between 1 ms and 1 s");
        }
        int min = settings.integer("min-length", defaults.minLength(), 1, 4096);
        int max = settings.integer("max-length", defaults.maxLength(), 1, 8192);
        if (max < min) {
            throw new IllegalArgumentException("max-length: " + max + " is below min-length " + min);
        }
        return new WedgeSettings(gap, min, max, SettingsCheck.flag(settings, "require-enter", defaults.requireEnter()),
                WedgeMode.valueOf(mode.toUpperCase(Locale.ROOT).replace('-', '_')),
                UidFormat.valueOf(uid.toUpperCase(Locale.ROOT)), SettingsCheck.flag(settings, "reverse-bytes", false));
    }
}
