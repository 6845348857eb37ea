package id.anjungan.device.gpio;

import com.pi4j.context.Context;
import com.pi4j.io.IOType;
import com.pi4j.provider.Provider;
import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;
import java.util.List;
import java.util.Locale;

/**
 * Whether Pi4J's mock provider may drive the kiosk's pins. The mock plugin outranks gpiod and
 * linuxfs when its jar is on the class path, and then every pin silently goes nowhere: outside
 * tests that must stop start-up.
 */
public enum ProviderPolicy {
    /** A running kiosk: real providers only. */
    REAL_ONLY,
    /** Unit tests with Pi4J's mock platform. */
    MOCK_ALLOWED_IN_TESTS;

    /** Throws {@link DeviceError#GPIO_MOCK_PROVIDER} when {@code context} would use a mock provider this policy forbids. */
    void check(Context context) {
        if (this == MOCK_ALLOWED_IN_TESTS) {
            return;
        }
        for (IOType type : List.of(IOType.DIGITAL_INPUT, IOType.DIGITAL_OUTPUT)) {
            Provider<?, ?, ?> provider = context.provider(type);
            if (provider.id().toLowerCase(Locale.ROOT).contains("mock")) {
                throw new DeviceException(DeviceError.GPIO_MOCK_PROVIDER, "the " + type + " provider is '" + provider.id()
                        + "': pi4j-plugin-mock is on the class path of a kiosk; remove it so gpiod or linuxfs drive the pins");
            }
        }
    }
}
