package id.anjungan.core.health;

import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.core.config.DeviceKinds;
import id.anjungan.core.devices.InputDevices;
import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceHealth;
import id.anjungan.device.api.DeviceProviders;
import id.anjungan.device.api.DeviceSettings;
import id.anjungan.device.api.KeyboardWedge;
import id.anjungan.device.api.ReceiptPrinter;
import id.anjungan.device.api.ReceiptPrinterSimulation;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.health.Health;

/** The status board over the real sim receipt printer (real driver, real status bytes) and a keyboard wedge. */
class DeviceStatusTest {

    @TempDir
    Path dir;

    private final AtomicBoolean backendUp = new AtomicBoolean(true);
    private ReceiptPrinter printer;
    private InputDevices devices;
    private DeviceStatus status;

    @BeforeEach
    void start() {
        printer = DeviceProviders.find(ReceiptPrinter.class, "sim").orElseThrow()
                .open(new DeviceSettings("sim", Map.of("output-dir", dir.toString())));
        devices = InputDevices.open(Map.of(DeviceKinds.CARD_READER, Map.of("type", "keyboard-wedge")));
        status = new DeviceStatus(printer, () -> backendUp.get() ? Health.up().build() : Health.down().build(), devices,
                Clock.systemUTC(), Duration.ofMillis(200));
    }

    @AfterEach
    void stop() {
        status.close();
        devices.close();
        printer.close();
    }

    @Test
    void everyConfiguredDeviceAndTheBackendAreUpAtFirst() {
        await(() -> status.snapshot().size() == 3);

        assertThat(status.snapshot()).containsOnlyKeys(DeviceKinds.RECEIPT_PRINTER, DeviceKinds.CARD_READER, DeviceStatus.BACKEND)
                .allSatisfy((kind, health) -> assertThat(health.state()).isEqualTo(DeviceHealth.State.UP));
        assertThat(devices.keyboardWedge()).get().isInstanceOf(KeyboardWedge.class);
    }

    @Test
    void theSimPrintersPaperOutShowsAsDownWithinAFewSeconds() {
        List<String> heard = new CopyOnWriteArrayList<>();
        status.addListener((kind, health) -> heard.add(kind + " " + health.state()));
        await(() -> heard.contains(DeviceKinds.RECEIPT_PRINTER + " UP"));

        ((ReceiptPrinterSimulation) printer).paperOut(true);

        await(() -> heard.contains(DeviceKinds.RECEIPT_PRINTER + " DOWN"));
        assertThat(status.snapshot().get(DeviceKinds.RECEIPT_PRINTER).reason()).isEqualTo(DeviceError.PRINTER_PAPER_OUT);
    }

    @Test
    void anUnreachableBackendShowsAsDown() {
        await(() -> status.snapshot().containsKey(DeviceStatus.BACKEND));

        backendUp.set(false);

        await(() -> status.snapshot().get(DeviceStatus.BACKEND).state() == DeviceHealth.State.DOWN);
    }

    private static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime() - deadline).as("waited 5 s for the condition").isNegative();
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
    }
}
