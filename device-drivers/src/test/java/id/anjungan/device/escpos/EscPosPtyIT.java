package id.anjungan.device.escpos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;
import id.anjungan.device.escpos.sim.EscPosPrinterSimulator;
import id.anjungan.device.escpos.sim.PrintedReceipt;
import id.anjungan.device.rig.SocatPair;
import id.anjungan.device.rig.Tickets;
import id.anjungan.device.rig.Zbar;
import id.anjungan.device.transport.ByteTransport;
import id.anjungan.device.transport.DeviceFileTransport;
import id.anjungan.device.transport.SerialTransport;
import id.anjungan.device.transport.TransportTimeouts;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The driver against the simulator across a socat pty pair, as on a serial or USB cable. */
class EscPosPtyIT {

    @TempDir
    Path dir;

    private SocatPair cable;
    private EscPosPrinterSimulator simulator;
    private EscPosPrinterDriver driver;

    @BeforeEach
    void start() throws Exception {
        SocatPair.assumeSocatInstalled();
        cable = new SocatPair(dir).start();
        simulator = EscPosPrinterSimulator.onPty(cable.peer(), PaperWidth.MM58.dots(), dir.resolve("out"));
        assertThat(simulator.awaitReady(Duration.ofSeconds(5))).isTrue();
    }

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.close();
        }
        if (simulator != null) {
            simulator.close();
        }
        if (cable != null) {
            cable.close();
        }
    }

    private void connect(ByteTransport transport) {
        driver = new EscPosPrinterDriver(transport, EscPosSettings.defaults().withStatusTimeout(Duration.ofSeconds(1)));
    }

    private static TransportTimeouts timeouts() {
        return new TransportTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ofSeconds(3));
    }

    @Test
    void ticketPrintedOverSerialDecodesToTheClaimCode() throws Exception {
        Zbar.assumeInstalled();
        connect(new SerialTransport(cable.kiosk().toString(), 115_200, timeouts()));

        driver.print(Tickets.sample().toReceipt());

        assertThat(simulator.awaitReceipts(1, Duration.ofSeconds(5))).isTrue();
        PrintedReceipt receipt = simulator.receipts().get(0);
        assertThat(Zbar.scan(receipt.png())).containsExactly("QR-Code:" + Tickets.CLAIM_CODE);
    }

    @Test
    void ticketPrintedThroughTheDeviceFileDecodesToTheClaimCode() throws Exception {
        Zbar.assumeInstalled();
        connect(new DeviceFileTransport(cable.kiosk(), timeouts()));

        driver.print(Tickets.sample().toReceipt());

        assertThat(simulator.awaitReceipts(1, Duration.ofSeconds(5))).isTrue();
        assertThat(Zbar.scan(simulator.receipts().get(0).png())).containsExactly("QR-Code:" + Tickets.CLAIM_CODE);
    }

    @Test
    void serialStatusShowsPaperNearEnd() {
        connect(new SerialTransport(cable.kiosk().toString(), 9600, timeouts()));
        simulator.paperNearEnd(true);

        assertThat(driver.status().paperNearEnd()).isTrue();
    }

    @Test
    void serialCablePulledFailsTheJobAndPluggedBackRecovers() throws Exception {
        connect(new SerialTransport(cable.kiosk().toString(), 115_200, timeouts()));
        driver.print(Tickets.sample().toReceipt());

        cable.kill();
        assertThatThrownBy(() -> driver.print(Tickets.sample().toReceipt()))
                .isInstanceOfSatisfying(DeviceException.class, e -> assertThat(e.error().name()).startsWith("TRANSPORT_"));
        cable.start();
        assertThat(simulator.awaitReady(Duration.ofSeconds(5))).isTrue();
        driver.print(Tickets.sample().toReceipt());

        assertThat(simulator.awaitReceipts(2, Duration.ofSeconds(5))).isTrue();
    }

    @Test
    void deviceFileUnpluggedFailsTheJobAndPluggedBackRecovers() throws Exception {
        connect(new DeviceFileTransport(cable.kiosk(), timeouts()));
        driver.print(Tickets.sample().toReceipt());

        cable.kill();
        assertThatThrownBy(() -> driver.print(Tickets.sample().toReceipt()))
                .isInstanceOfSatisfying(DeviceException.class, e -> assertThat(e.error().name()).startsWith("TRANSPORT_"));
        cable.start();
        assertThat(simulator.awaitReady(Duration.ofSeconds(5))).isTrue();
        driver.print(Tickets.sample().toReceipt());

        assertThat(simulator.awaitReceipts(2, Duration.ofSeconds(5))).isTrue();
    }

    @Test
    void missingSerialPathIsReportedAsUnavailable() {
        connect(new SerialTransport(dir.resolve("ttyNOWHERE").toString(), 9600, timeouts()));

        assertThatThrownBy(() -> driver.print(Tickets.sample().toReceipt()))
                .isInstanceOfSatisfying(DeviceException.class, e -> assertThat(e.error()).isEqualTo(DeviceError.TRANSPORT_UNAVAILABLE));
    }
}
