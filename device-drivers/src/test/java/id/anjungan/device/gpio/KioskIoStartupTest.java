package id.anjungan.device.gpio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.plugin.gpiod.provider.gpio.digital.GpioDDigitalInputProvider;
import com.pi4j.plugin.gpiod.provider.gpio.digital.GpioDDigitalOutputProvider;
import com.pi4j.plugin.mock.platform.MockPlatform;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInputProvider;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutputProvider;
import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What start-up refuses: the mock provider outside tests, and a board without GPIO. */
class KioskIoStartupTest {

    private static final KioskIoSettings SETTINGS = new KioskIoSettings(17, false, 27, true, 22, 23, 24, true, Duration.ofMillis(50));

    private static Context mockContext() {
        return Pi4J.newContextBuilder()
                .add(new MockPlatform())
                .add(MockDigitalInputProvider.newInstance(), MockDigitalOutputProvider.newInstance())
                .build();
    }

    private static DeviceError errorOf(Throwable e) {
        return ((DeviceException) e).error();
    }

    @Test
    void mockProviderIsRefusedOutsideTests() {
        Pi4jKioskIo io = new Pi4jKioskIo(KioskIoStartupTest::mockContext, SETTINGS, ProviderPolicy.REAL_ONLY, ManualTimer::new);

        assertThatThrownBy(io::open)
                .isInstanceOfSatisfying(DeviceException.class, e -> {
                    assertThat(e.error()).isEqualTo(DeviceError.GPIO_MOCK_PROVIDER);
                    assertThat(e.getMessage()).contains("mock-digital-input");
                });
        assertThat(io.isOpen()).isFalse();
    }

    @Test
    void autoDetectionPicksTheMockWhenItsJarIsPresent() {
        // the trap the start-up check exists for: this test class path holds pi4j-plugin-mock
        Pi4jKioskIo io = Pi4jKioskIo.onThisBoard(SETTINGS);

        assertThatThrownBy(io::open).satisfies(e -> assertThat(errorOf(e)).isEqualTo(DeviceError.GPIO_MOCK_PROVIDER));
    }

    @Test
    void gpiodWithoutAGpioChipIsUnavailable() throws IOException {
        assumeTrue(noGpioChip(), "this machine has a GPIO chip; the missing-chip path cannot be shown here");
        Pi4jKioskIo io = new Pi4jKioskIo(() -> Pi4J.newContextBuilder()
                .add(GpioDDigitalInputProvider.newInstance(), GpioDDigitalOutputProvider.newInstance())
                .build(), SETTINGS, ProviderPolicy.REAL_ONLY, ManualTimer::new);

        assertThatThrownBy(io::open).satisfies(e -> assertThat(errorOf(e)).isEqualTo(DeviceError.GPIO_UNAVAILABLE));
        assertThat(io.isOpen()).isFalse();
    }

    @Test
    void failingContextIsUnavailable() {
        Pi4jKioskIo io = new Pi4jKioskIo(() -> {
            throw new IllegalStateException("no platform");
        }, SETTINGS, ProviderPolicy.REAL_ONLY, ManualTimer::new);

        assertThatThrownBy(io::open).satisfies(e -> assertThat(errorOf(e)).isEqualTo(DeviceError.GPIO_UNAVAILABLE));
    }

    @Test
    void oneLineCannotHaveTwoJobs() {
        assertThatThrownBy(() -> new KioskIoSettings(17, false, 17, true, 22, 23, 24, true, Duration.ofMillis(50)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("17");
    }

    @Test
    void linesOffTheHeaderAreRefused() {
        assertThatThrownBy(() -> new KioskIoSettings(17, false, 28, true, 22, 23, 24, true, Duration.ofMillis(50)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("28");
    }

    private static boolean noGpioChip() throws IOException {
        try (Stream<Path> devices = Files.list(Path.of("/dev"))) {
            return devices.noneMatch(p -> p.getFileName().toString().startsWith("gpiochip"));
        }
    }
}
