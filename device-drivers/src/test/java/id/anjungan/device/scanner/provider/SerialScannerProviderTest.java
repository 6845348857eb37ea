package id.anjungan.device.scanner.provider;

import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.device.api.CodeScannerDevice;
import id.anjungan.device.api.DeviceProvider;
import id.anjungan.device.api.DeviceProviders;
import id.anjungan.device.api.DeviceSettings;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SerialScannerProviderTest {

    private final DeviceProvider<CodeScannerDevice> serial = DeviceProviders.find(CodeScannerDevice.class, "serial").orElseThrow();

    @Test
    void checkNamesEveryBadSetting() {
        assertThat(serial.check(new DeviceSettings("serial", Map.of("baud", "fast", "max-line-bytes", "3"))))
                .containsExactly("path: is required for type 'serial'", "baud: 'fast' is not a whole number",
                        "max-line-bytes: 3 is not between 16 and 65536");
    }

    @Test
    void aPathAloneIsEnough() {
        assertThat(serial.check(new DeviceSettings("serial", Map.of("path", "/dev/serial/by-id/usb-scanner")))).isEmpty();
    }
}
