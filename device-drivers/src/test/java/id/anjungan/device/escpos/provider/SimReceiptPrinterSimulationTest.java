package id.anjungan.device.escpos.provider;

import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.device.api.DeviceProviders;
import id.anjungan.device.api.DeviceSettings;
import id.anjungan.device.api.ReceiptPrinter;
import id.anjungan.device.api.ReceiptPrinterSimulation;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sim printer's fault switches reach the real driver through the printer's status bytes. */
class SimReceiptPrinterSimulationTest {

    @TempDir
    Path dir;

    @Test
    void paperOutShowsInTheDriversStatus() {
        try (ReceiptPrinter printer = open()) {
            ((ReceiptPrinterSimulation) printer).paperOut(true);

            assertThat(printer.status().paperOut()).isTrue();
        }
    }

    @Test
    void anOpenCoverShowsInTheDriversStatusAndClosingItClearsIt() {
        try (ReceiptPrinter printer = open()) {
            ReceiptPrinterSimulation simulation = (ReceiptPrinterSimulation) printer;
            simulation.coverOpen(true);
            assertThat(printer.status().coverOpen()).isTrue();

            simulation.coverOpen(false);
            assertThat(printer.status().coverOpen()).isFalse();
        }
    }

    @Test
    void paperNearEndShowsInTheDriversStatus() {
        try (ReceiptPrinter printer = open()) {
            ((ReceiptPrinterSimulation) printer).paperNearEnd(true);

            assertThat(printer.status().paperNearEnd()).isTrue();
        }
    }

    private ReceiptPrinter open() {
        return DeviceProviders.find(ReceiptPrinter.class, "sim").orElseThrow()
                .open(new DeviceSettings("sim", Map.of("output-dir", dir.toString())));
    }
}
