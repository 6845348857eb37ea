package id.anjungan.core.health;

import id.anjungan.device.api.DeviceException;
import id.anjungan.device.api.DeviceHealth;
import id.anjungan.device.api.PrinterStatus;
import id.anjungan.device.api.ReceiptPrinter;
import java.time.Clock;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/** The receipt printer and its paper, read fresh at each health call (a status query is a few bytes). */
public final class ReceiptPrinterHealth implements HealthIndicator {

    private final ReceiptPrinter printer;
    private final Clock clock;

    public ReceiptPrinterHealth(ReceiptPrinter printer, Clock clock) {
        this.printer = printer;
        this.clock = clock;
    }

    @Override
    public Health health() {
        try {
            PrinterStatus status = printer.status();
            DeviceHealth health = status.toHealth(clock.instant());
            String paper = status.paperOut() ? "out" : status.paperNearEnd() ? "near-end" : "ok";
            Health.Builder builder = health.state() == DeviceHealth.State.DOWN ? Health.down() : Health.up();
            builder.withDetail("paper", paper).withDetail("state", health.state().name());
            if (health.reason() != null) {
                builder.withDetail("reason", health.reason().name()).withDetail("sentence", health.reason().sentence());
            }
            return builder.build();
        } catch (DeviceException failure) {
            return Health.down().withDetail("state", "DOWN").withDetail("paper", "unknown")
                    .withDetail("reason", failure.error().name()).build();
        }
    }
}
