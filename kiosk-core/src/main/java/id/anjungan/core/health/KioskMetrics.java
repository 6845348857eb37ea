package id.anjungan.core.health;

import id.anjungan.core.print.PrintListener;
import id.anjungan.core.session.SessionListener;
import id.anjungan.core.session.SessionView;
import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.PrintOutcome;
import id.anjungan.device.api.Receipt;
import id.anjungan.device.api.ReceiptElement;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The kiosk's Micrometer counters: {@code anjungan.sessions} (by how they ended), {@code anjungan.requests} (sent
 * now or stored), {@code anjungan.prints} and {@code anjungan.failures}, and {@code anjungan.paper.used} in receipt
 * lines (an operator multiplies by the line height of the roll).
 */
public final class KioskMetrics implements PrintListener, SessionListener {

    private final MeterRegistry registry;

    public KioskMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void printed(Receipt receipt, PrintOutcome outcome) {
        registry.counter("anjungan.prints", "device", "receipt-printer", "result", "done").increment();
        long lines = receipt.elements().stream().filter(element -> !(element instanceof ReceiptElement.Cut)).count();
        registry.counter("anjungan.paper.used", "unit", "lines").increment(lines);
    }

    @Override
    public void failed(DeviceError error) {
        registry.counter("anjungan.prints", "device", "receipt-printer", "result", "failed").increment();
        registry.counter("anjungan.failures", "kind", error.name()).increment();
    }

    @Override
    public void changed(SessionView view) {
        // states are counted by how sessions end, not by each screen
    }

    @Override
    public void ended(String reason) {
        registry.counter("anjungan.sessions", "ended", reason).increment();
    }

    @Override
    public void requested(boolean sentNow) {
        registry.counter("anjungan.requests", "sent", sentNow ? "now" : "stored").increment();
    }

    @Override
    public void helpRequested() {
        registry.counter("anjungan.help").increment();
    }
}
