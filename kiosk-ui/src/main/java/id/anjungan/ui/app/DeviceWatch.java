package id.anjungan.ui.app;

import id.anjungan.core.health.BackendHealth;
import id.anjungan.core.health.ReceiptPrinterHealth;
import id.anjungan.core.print.DocumentPrinting;
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
 * (kiosk-core probes it at most once per its interval), the ticket printer and the A4 printer. A kiosk without an A4
 * printer has its A4 services off, so residents are not offered what it cannot print.
 */
final class DeviceWatch implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DeviceWatch.class);
    private static final long EVERY_SECONDS = 10;

    private final ObjectProvider<BackendHealth> backend;
    private final ObjectProvider<ReceiptPrinterHealth> receipts;
    private final ObjectProvider<DocumentPrinting> a4;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "kiosk-device-watch");
        thread.setDaemon(true);
        return thread;
    });

    DeviceWatch(ApplicationContext context) {
        this.backend = context.getBeanProvider(BackendHealth.class);
        this.receipts = context.getBeanProvider(ReceiptPrinterHealth.class);
        this.a4 = context.getBeanProvider(DocumentPrinting.class);
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
        return up;
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
