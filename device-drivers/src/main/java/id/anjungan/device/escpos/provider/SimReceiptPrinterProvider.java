package id.anjungan.device.escpos.provider;

import id.anjungan.device.api.DeviceSettings;
import id.anjungan.device.api.PrintOutcome;
import id.anjungan.device.api.PrinterStatus;
import id.anjungan.device.api.Receipt;
import id.anjungan.device.api.ReceiptPrinter;
import id.anjungan.device.api.ReceiptPrinterSimulation;
import id.anjungan.device.escpos.EscPosPrinterDriver;
import id.anjungan.device.escpos.sim.EscPosPrinterSimulator;
import id.anjungan.device.transport.ByteTransport;
import id.anjungan.device.transport.TcpTransport;
import id.anjungan.device.transport.TransportTimeouts;
import java.nio.file.Path;

/**
 * {@code type: sim}, demo mode: starts an {@link EscPosPrinterSimulator} on a free loopback port, rendering each
 * receipt as a PNG into {@code output-dir} (default {@code java.io.tmpdir/anjungan-receipts}), and returns the real
 * ESC/POS driver connected to it, so demo mode runs the real driver over real bytes. The result is also a
 * {@link ReceiptPrinterSimulation}: its fault switches act in the simulator, and the driver reads them from status bytes.
 */
public final class SimReceiptPrinterProvider extends EscPosProvider {

    @Override
    public String type() {
        return "sim";
    }

    @Override
    void checkTransport(DeviceSettings settings) {
        settings.path("output-dir", null);
    }

    @Override
    public ReceiptPrinter open(DeviceSettings settings) {
        Path output = settings.path("output-dir", Path.of(System.getProperty("java.io.tmpdir"), "anjungan-receipts"));
        EscPosPrinterSimulator simulator = EscPosPrinterSimulator.onTcp(0, escPos(settings).paper().dots(), output);
        TcpTransport transport = new TcpTransport("127.0.0.1", simulator.port(), timeouts(settings));
        return new Simulated(new EscPosPrinterDriver(transport, escPos(settings)), simulator);
    }

    @Override
    ByteTransport transport(DeviceSettings settings, TransportTimeouts timeouts) {
        throw new IllegalStateException("the simulated printer opens its own transport");
    }

    /** The driver plus the simulator it talks to; closing it switches the simulated printer off. */
    private static final class Simulated implements ReceiptPrinter, ReceiptPrinterSimulation {
        private final EscPosPrinterDriver driver;
        private final EscPosPrinterSimulator simulator;

        Simulated(EscPosPrinterDriver driver, EscPosPrinterSimulator simulator) {
            this.driver = driver;
            this.simulator = simulator;
        }

        @Override
        public PrintOutcome print(Receipt receipt) {
            return driver.print(receipt);
        }

        @Override
        public PrinterStatus status() {
            return driver.status();
        }

        @Override
        public void paperOut(boolean out) {
            simulator.paperOut(out);
        }

        @Override
        public void paperNearEnd(boolean nearEnd) {
            simulator.paperNearEnd(nearEnd);
        }

        @Override
        public void coverOpen(boolean open) {
            simulator.coverOpen(open);
        }

        @Override
        public void close() {
            driver.close();
            simulator.close();
        }
    }
}
