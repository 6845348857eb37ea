package id.anjungan.device.escpos.provider;

import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.device.api.DeviceProvider;
import id.anjungan.device.api.DeviceProviders;
import id.anjungan.device.api.DeviceSettings;
import id.anjungan.device.api.Receipt;
import id.anjungan.device.api.ReceiptPrinter;
import id.anjungan.device.escpos.sim.EscPosPrinterSimulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReceiptPrinterProvidersTest {

    @TempDir
    Path dir;

    @Test
    void theServiceFileOffersEveryReceiptPrinterTypeInOrder() {
        assertThat(DeviceProviders.types(ReceiptPrinter.class))
                .containsExactly("sim", "escpos-serial", "escpos-tcp", "escpos-file", "escpos-cups");
    }

    @Test
    void anUnknownTypeHasNoProvider() {
        assertThat(DeviceProviders.find(ReceiptPrinter.class, "escpos-usb")).isEmpty();
    }

    @Test
    void checkNamesEveryBadSettingWithoutOpeningAnything() {
        DeviceProvider<ReceiptPrinter> tcp = DeviceProviders.find(ReceiptPrinter.class, "escpos-tcp").orElseThrow();

        assertThat(tcp.check(new DeviceSettings("escpos-tcp", Map.of("port", "70000", "paper", "57"))))
                .containsExactly("paper: '57' is not one of 58, 80, 80-42", "host: is required for type 'escpos-tcp'");
    }

    @Test
    void checkNamesADurationThatIsNotOne() {
        DeviceProvider<ReceiptPrinter> serial = DeviceProviders.find(ReceiptPrinter.class, "escpos-serial").orElseThrow();

        assertThat(serial.check(new DeviceSettings("escpos-serial", Map.of("path", "/dev/ttyS0", "job-timeout", "soon"))))
                .containsExactly("job-timeout: 'soon' is not a duration such as 500ms or 5s");
    }

    @Test
    void theTcpTypeOpensTheDriverOnThatPort() {
        try (EscPosPrinterSimulator printer = EscPosPrinterSimulator.onTcp(0, 384, dir);
             ReceiptPrinter driver = DeviceProviders.find(ReceiptPrinter.class, "escpos-tcp").orElseThrow()
                     .open(new DeviceSettings("escpos-tcp", Map.of("host", "127.0.0.1", "port", "" + printer.port())))) {
            driver.print(Receipt.builder().line("HALO").cut(true).build());

            assertThat(printer.awaitReceipts(1, Duration.ofSeconds(5))).isTrue();
            assertThat(printer.receipts().get(0).lines()).contains("HALO");
        }
    }

    @Test
    void theSimTypeRendersRealBytesIntoTheOutputFolder() throws Exception {
        Path out = dir.resolve("receipts");
        try (ReceiptPrinter sim = DeviceProviders.find(ReceiptPrinter.class, "sim").orElseThrow()
                .open(new DeviceSettings("sim", Map.of("output-dir", out.toString())))) {
            sim.print(Receipt.builder().line("DEMO").cut(true).build());
        }

        try (var files = Files.list(out)) {
            assertThat(files.filter(file -> file.toString().endsWith(".png"))).hasSize(1);
        }
    }
}
