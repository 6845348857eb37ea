package id.anjungan.ui.app;

import id.anjungan.core.config.DeviceKinds;
import id.anjungan.core.health.BackendHealth;
import id.anjungan.core.health.DeviceStatus;
import id.anjungan.core.health.ReceiptPrinterHealth;
import id.anjungan.core.print.DocumentPrinting;
import id.anjungan.device.api.DeviceHealth;
import id.anjungan.ui.shell.DeviceBoard;
import id.anjungan.ui.shell.Service.Device;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.Status;
import org.springframework.context.ApplicationContext;

/**
 * Feeds the screens' device board from kiosk-core's health every few seconds, off the UI thread: the village backend
 * (kiosk-core probes it at most once per its interval), the ticket printer, the A4 printer, and the input devices as
 * kiosk-core's device status has them. A kiosk without an A4
 * printer has its A4 services off, so residents are not offered what it cannot print.
 */
final class DeviceWatch implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DeviceWatch.class);
    private static final long EVERY_SECONDS = 10;

    private final ObjectProvider<BackendHealth> backend;
    private final ObjectProvider<ReceiptPrinterHealth> receipts;
    private final ObjectProvider<DocumentPrinting> a4;
    private final ObjectProvider<DeviceStatus> inputs;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "kiosk-device-watch");
        thread.setDaemon(true);
        return thread;
    });

    DeviceWatch(ApplicationContext context) {
        this.backend = context.getBeanProvider(BackendHealth.class);
        this.receipts = context.getBeanProvider(ReceiptPrinterHealth.class);
        this.a4 = context.getBeanProvider(DocumentPrinting.class);
        this.inputs = context.getBeanProvider(DeviceStatus.class);
    }

    /** Reads the devices now and then every few seconds; {@code ui} runs the board's update on the UI thread. */
    void start(DeviceBoard board, Consumer<Runnable> ui) {
        timer.scheduleWithFixedDelay(() -> {
            Map<Device, Boolean> up = read();
            ui.accept(() -> up.forEach(board::report));
        }, 0, EVERY_SECONDS, TimeUnit.SECONDS);
    }

    Map<Device, Boolean> read() {
        Map<Device, Boolean> up = new EnumMap<>(Device.class);
        backend.ifAvailable(health -> up.put(Device.BACKEND, isUp(() -> Status.UP.equals(health.health().getStatus()))));
        receipts.ifAvailable(health -> up.put(Device.RECEIPT_PRINTER, isUp(() -> Status.UP.equals(health.health().getStatus()))));
        DocumentPrinting printer = a4.getIfAvailable();
        up.put(Device.A4_PRINTER, printer != null && isUp(() -> printer.status().blockingError().isEmpty()));
        // the input devices as their supervisors last saw them: shown on the out-of-order screen, no service needs one
        inputs.ifAvailable(status -> status.snapshot().forEach((kind, health) -> input(kind)
                .ifPresent(device -> up.put(device, health.state() != DeviceHealth.State.DOWN))));
        return up;
    }

    private static java.util.Optional<Device> input(String kind) {
        return switch (kind) {
            case DeviceKinds.CARD_READER -> java.util.Optional.of(Device.CARD_READER);
            case DeviceKinds.CODE_SCANNER -> java.util.Optional.of(Device.SCANNER);
            case DeviceKinds.FINGERPRINT_READER -> java.util.Optional.of(Device.FINGERPRINT);
            default -> java.util.Optional.empty();
        };
    }

    /** A device that cannot even be asked is down. */
    private static boolean isUp(java.util.function.BooleanSupplier probe) {
        try {
            return probe.getAsBoolean();
        } catch (RuntimeException unreadable) {
            LOG.warn("device health unreadable: {}", unreadable.toString());
            return false;
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
