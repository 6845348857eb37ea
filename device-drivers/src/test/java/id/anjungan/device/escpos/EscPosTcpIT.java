package id.anjungan.device.escpos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.anjungan.device.api.Alignment;
import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;
import id.anjungan.device.api.MonochromeImage;
import id.anjungan.device.api.PrintOutcome;
import id.anjungan.device.api.Receipt;
import id.anjungan.device.escpos.sim.EscPosPrinterSimulator;
import id.anjungan.device.escpos.sim.PrintedReceipt;
import id.anjungan.device.rig.Tickets;
import id.anjungan.device.rig.Zbar;
import id.anjungan.device.transport.TcpTransport;
import id.anjungan.device.transport.TransportTimeouts;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The driver against the simulator over real TCP: printing, QR round trip and every fault. */
class EscPosTcpIT {

    @TempDir
    Path dir;

    private EscPosPrinterSimulator simulator;
    private EscPosPrinterDriver driver;

    @BeforeEach
    void start() {
        simulator = EscPosPrinterSimulator.onTcp(0, PaperWidth.MM58.dots(), dir);
        driver = driver(EscPosSettings.defaults());
    }

    @AfterEach
    void stop() {
        driver.close();
        simulator.close();
    }

    private EscPosPrinterDriver driver(EscPosSettings settings) {
        return new EscPosPrinterDriver(new TcpTransport("127.0.0.1", simulator.port(), TransportTimeouts.DEFAULT),
                settings.withStatusTimeout(Duration.ofMillis(2000)).withJobTimeout(Duration.ofSeconds(5)));
    }

    private PrintedReceipt onlyReceipt() {
        assertThat(simulator.awaitReceipts(1, Duration.ofSeconds(5))).isTrue();
        return simulator.receipts().get(0);
    }

    @Test
    void ticketWithNativeQrPrintsAndItsQrDecodesToTheClaimCode() throws Exception {
        Zbar.assumeInstalled();

        PrintOutcome outcome = driver.print(Tickets.sample().toReceipt());

        assertThat(outcome.warnings()).isEmpty();
        PrintedReceipt receipt = onlyReceipt();
        assertThat(receipt.lines()).contains("NOMOR ANTREAN", "007", "Surat Keterangan Domisili");
        assertThat(receipt.qrPayloads()).containsExactly(Tickets.CLAIM_CODE);
        assertThat(Zbar.scan(receipt.png())).containsExactly("QR-Code:" + Tickets.CLAIM_CODE);
    }

    @Test
    void ticketWithRasterQrDecodesToTheClaimCode() throws Exception {
        Zbar.assumeInstalled();
        driver.close();
        driver = driver(EscPosSettings.defaults().withQrMode(QrMode.RASTER));

        driver.print(Tickets.sample().toReceipt());

        PrintedReceipt receipt = onlyReceipt();
        assertThat(receipt.qrPayloads()).isEmpty();
        assertThat(receipt.rasterCount()).isEqualTo(1);
        assertThat(Zbar.scan(receipt.png())).containsExactly("QR-Code:" + Tickets.CLAIM_CODE);
    }

    @Test
    void logoArrivesAsOneBitmapAboveTheText() {
        byte[] rows = new byte[16 * 8];
        java.util.Arrays.fill(rows, (byte) 0xAA);
        Receipt receipt = Receipt.builder()
                .logo(new MonochromeImage(128, 8, rows), Alignment.CENTER)
                .line("DESA SUKAMAJU")
                .cut(false)
                .build();

        driver.print(receipt);

        PrintedReceipt printed = onlyReceipt();
        assertThat(printed.rasterCount()).isEqualTo(1);
        assertThat(printed.lines()).containsExactly("DESA SUKAMAJU");
        assertThat(printed.partialCut()).isFalse();
    }

    @Test
    void paperNearEndPrintsWithAWarning() {
        simulator.paperNearEnd(true);

        PrintOutcome outcome = driver.print(Tickets.sample().toReceipt());

        assertThat(outcome.warnings()).containsExactly(DeviceError.PRINTER_PAPER_NEAR_END);
        assertThat(onlyReceipt().lines()).contains("NOMOR ANTREAN");
    }

    @Test
    void paperOutStopsTheJobBeforeItStarts() {
        simulator.paperOut(true);

        assertThatThrownBy(() -> driver.print(Tickets.sample().toReceipt()))
                .isInstanceOfSatisfying(DeviceException.class, e -> assertThat(e.error()).isEqualTo(DeviceError.PRINTER_PAPER_OUT))
                .hasMessageContaining("before the job");
        assertThat(simulator.receipts()).isEmpty();
    }

    @Test
    void paperRunningOutInTheMiddleOfAJobIsReportedAfterIt() {
        simulator.paperRunsOutAfter(200);

        assertThatThrownBy(() -> driver.print(Tickets.sample().toReceipt()))
                .isInstanceOfSatisfying(DeviceException.class, e -> assertThat(e.error()).isEqualTo(DeviceError.PRINTER_PAPER_OUT))
                .hasMessageContaining("during the job");
        assertThat(simulator.receipts()).isEmpty();
    }

    @Test
    void coverOpenStopsTheJob() {
        simulator.coverOpen(true);

        assertThatThrownBy(() -> driver.print(Tickets.sample().toReceipt()))
                .isInstanceOfSatisfying(DeviceException.class, e -> assertThat(e.error()).isEqualTo(DeviceError.PRINTER_COVER_OPEN));
        assertThat(simulator.receipts()).isEmpty();
    }

    @Test
    void offlinePrinterStopsTheJob() {
        simulator.offline(true);

        assertThatThrownBy(() -> driver.print(Tickets.sample().toReceipt()))
                .isInstanceOfSatisfying(DeviceException.class, e -> assertThat(e.error()).isEqualTo(DeviceError.PRINTER_OFFLINE));
        assertThat(simulator.receipts()).isEmpty();
    }

    @Test
    void closingTheCoverAgainLetsTheNextJobPrint() {
        simulator.coverOpen(true);
        assertThatThrownBy(() -> driver.print(Tickets.sample().toReceipt())).isInstanceOf(DeviceException.class);
        simulator.coverOpen(false);

        driver.print(Tickets.sample().toReceipt());

        assertThat(onlyReceipt().lines()).contains("NOMOR ANTREAN");
    }

    @Test
    void slowLinkWithinTheStatusTimeoutStillPrints() {
        simulator.slowLink(Duration.ofMillis(150));

        driver.print(Tickets.sample().toReceipt());

        assertThat(onlyReceipt().qrPayloads()).containsExactly(Tickets.CLAIM_CODE);
    }

    @Test
    void linkSlowerThanTheStatusTimeoutFailsWithATimeout() {
        simulator.slowLink(Duration.ofMillis(4000));

        assertThatThrownBy(() -> driver.print(Tickets.sample().toReceipt()))
                .isInstanceOfSatisfying(DeviceException.class, e -> assertThat(e.error()).isEqualTo(DeviceError.TRANSPORT_TIMEOUT));
    }

    @Test
    void printerRestartedBetweenJobsIsReconnectedTransparently() {
        driver.print(Tickets.sample().toReceipt());
        int port = simulator.port();
        simulator.close();
        simulator = EscPosPrinterSimulator.onTcp(port, PaperWidth.MM58.dots(), dir.resolve("after"));

        driver.print(Tickets.sample().toReceipt());

        assertThat(onlyReceipt().lines()).contains("NOMOR ANTREAN");
    }

    @Test
    void printerSwitchedOffFailsAsUnavailable() {
        simulator.close();

        assertThatThrownBy(() -> driver.print(Tickets.sample().toReceipt()))
                .isInstanceOfSatisfying(DeviceException.class, e -> assertThat(e.error()).isIn(
                        DeviceError.TRANSPORT_UNAVAILABLE, DeviceError.TRANSPORT_DISCONNECTED));
    }
}
