package id.anjungan.device.fingerprint.provider;

import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.device.api.DeviceProvider;
import id.anjungan.device.api.DeviceProviders;
import id.anjungan.device.api.DeviceSettings;
import id.anjungan.device.api.FingerprintReader;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FingerprintProvidersTest {

    private final DeviceProvider<FingerprintReader> r30x = DeviceProviders.find(FingerprintReader.class, "r30x").orElseThrow();
    private final DeviceProvider<FingerprintReader> sim = DeviceProviders.find(FingerprintReader.class, "sim").orElseThrow();

    @Test
    void theServiceFileOffersTheSimAndTheSerialModule() {
        assertThat(DeviceProviders.types(FingerprintReader.class)).containsExactly("sim", "r30x");
    }

    @Test
    void r30xCheckNamesEveryBadSetting() {
        assertThat(r30x.check(new DeviceSettings("r30x", Map.of("baud", "19000", "password", "0x1FFFFFFFF",
                "capture-timeout", "10ms"))))
                .containsExactly("path: is required for type 'r30x'",
                        "baud: 19000 is not a multiple of 9600 (the module's steps)",
                        "password: 0x1FFFFFFFF does not fit 32 bits");
    }

    @Test
    void r30xCheckNamesAWaitOutOfBounds() {
        assertThat(r30x.check(new DeviceSettings("r30x", Map.of("path", "/dev/ttyUSB0", "capture-timeout", "10ms"))))
                .containsExactly("capture-timeout: 10 ms is not between 100 ms and 120 s");
    }

    @Test
    void hostMatchingNeedsItsTemplateFolderAndKey() {
        assertThat(r30x.check(new DeviceSettings("r30x", Map.of("path", "/dev/ttyUSB0", "matching", "host"))))
                .containsExactly("template-dir: is required for type 'r30x'");
        assertThat(r30x.check(new DeviceSettings("r30x", Map.of("path", "/dev/ttyUSB0", "matching", "cloud"))))
                .containsExactly("matching: 'cloud' is not one of module, host");
    }

    @Test
    void aHexPasswordAndAddressAreAccepted() {
        assertThat(r30x.check(new DeviceSettings("r30x", Map.of("path", "/dev/ttyUSB0", "baud", "115200",
                "password", "0x0000ABCD", "address", "0xFFFFFFFF")))).isEmpty();
    }

    @Test
    void simCheckNamesABadCapacity() {
        assertThat(sim.check(new DeviceSettings("sim", Map.of("capacity", "0"))))
                .containsExactly("capacity: 0 is not between 1 and 65535");
    }
}
