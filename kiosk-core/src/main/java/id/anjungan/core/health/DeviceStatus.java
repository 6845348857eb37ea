package id.anjungan.core.health;

import id.anjungan.core.config.DeviceKinds;
import id.anjungan.core.devices.InputDevices;
import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;
import id.anjungan.device.api.DeviceHealth;
import id.anjungan.device.api.ReceiptPrinter;
import id.anjungan.device.api.Supervised;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;

/**
 * Every device's health in one place, for the out-of-order screen: supervised input devices report through their
 * supervisors, a keyboard wedge (no connection of its own) counts as up, and the receipt printer and the backend are
 * read every {@code poll} (a paper-out shows within one poll). Keys are {@link DeviceKinds} names plus {@link #BACKEND}.
 * Listeners hear a kind when its state or reason changes, on the poller's or a supervisor's thread.
 */
public final class DeviceStatus implements AutoCloseable {

    public static final String BACKEND = "backend";

    private static final Logger LOG = LoggerFactory.getLogger(DeviceStatus.class);

    private final Map<String, DeviceHealth> current = new LinkedHashMap<>();
    private final List<BiConsumer<String, DeviceHealth>> listeners = new CopyOnWriteArrayList<>();
    private final ReceiptPrinter printer;
    private final HealthIndicator backend;
    private final Clock clock;
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "device-status");
        thread.setDaemon(true);
        return thread;
    });

    public DeviceStatus(ReceiptPrinter printer, HealthIndicator backend, InputDevices devices, Clock clock, Duration poll) {
        this.printer = printer;
        this.backend = backend;
        this.clock = clock;
        watch(DeviceKinds.CARD_READER, devices.cardReader());
        watch(DeviceKinds.CODE_SCANNER, devices.codeScanner());
        watch(DeviceKinds.FINGERPRINT_READER, devices.fingerprintReader());
        poller.scheduleWithFixedDelay(this::poll, 0, poll.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The latest health of every kind known so far. */
    public synchronized Map<String, DeviceHealth> snapshot() {
        return Map.copyOf(current);
    }

    /** Adds a listener; it first hears every current health, then each change. */
    public void addListener(BiConsumer<String, DeviceHealth> listener) {
        listeners.add(listener);
        snapshot().forEach(listener);
    }

    public void removeListener(BiConsumer<String, DeviceHealth> listener) {
        listeners.remove(listener);
    }

    @Override
    public void close() {
        poller.shutdownNow();
    }

    private void watch(String kind, Optional<?> device) {
        if (device.isEmpty()) {
            return;
        }
        if (device.get() instanceof Supervised supervised) {
            supervised.supervision().addListener((name, health) -> update(kind, health));
        } else {
            update(kind, DeviceHealth.up(clock.instant()));
        }
    }

    private void poll() {
        try {
            update(DeviceKinds.RECEIPT_PRINTER, printerHealth());
            update(BACKEND, Status.UP.equals(backend.health().getStatus()) ? DeviceHealth.up(clock.instant())
                    : DeviceHealth.down(DeviceError.TRANSPORT_UNAVAILABLE, clock.instant()));
        } catch (RuntimeException e) {
            LOG.error("reading device status failed", e);
        }
    }

    private DeviceHealth printerHealth() {
        try {
            return printer.status().toHealth(clock.instant());
        } catch (DeviceException e) {
            return DeviceHealth.down(e.error(), clock.instant());
        }
    }

    private void update(String kind, DeviceHealth health) {
        synchronized (this) {
            DeviceHealth before = current.get(kind);
            if (before != null && before.state() == health.state() && Objects.equals(before.reason(), health.reason())) {
                return;
            }
            current.put(kind, health);
        }
        LOG.info("{} is {}{}", kind, health.state(), health.reason() == null ? "" : " (" + health.reason() + ")");
        for (BiConsumer<String, DeviceHealth> listener : listeners) {
            try {
                listener.accept(kind, health);
            } catch (RuntimeException e) {
                LOG.error("Device status listener failed", e);
            }
        }
    }
}
