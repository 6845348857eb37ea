package id.anjungan.device.escpos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;
import id.anjungan.device.api.PrintOutcome;
import id.anjungan.device.escpos.sim.EscPosPrinterSimulator;
import id.anjungan.device.rig.CupsDaemon;
import id.anjungan.device.rig.Tickets;
import id.anjungan.device.rig.Zbar;
import id.anjungan.device.transport.CupsRawTransport;
import id.anjungan.device.transport.TransportTimeouts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The driver through a real cupsd raw queue whose device is the simulator's TCP port. Runs in its
 * own failsafe JVM (see the pom): a JVM sees queues added after its first print-service lookup only
 * some two minutes later, so the queue is created before anything here looks.
 */
class EscPosOverCupsIT {

    private static final String QUEUE = "ANJUNGAN_ESCPOS_IT";

    private static CupsDaemon cups;
    private static EscPosPrinterSimulator simulator;
    private static Path out;

    @BeforeAll
    static void startCupsAndQueue() throws Exception {
        CupsDaemon.assumeInstalled();
        out = Files.createTempDirectory("escpos-cups");
        simulator = EscPosPrinterSimulator.onTcp(0, PaperWidth.MM58.dots(), out);
        cups = new CupsDaemon().start();
        cups.addRawQueue(QUEUE, "socket://127.0.0.1:" + simulator.port());
    }

    @AfterAll
    static void stopAll() throws Exception {
        if (cups != null) {
            cups.removeQueue(QUEUE);
            cups.close();
        }
        if (simulator != null) {
            simulator.close();
        }
    }

    @Test
    void ticketSentThroughTheRawQueueArrivesUnchangedAndItsQrDecodes() throws Exception {
        Zbar.assumeInstalled();
        try (EscPosPrinterDriver driver = new EscPosPrinterDriver(
                new CupsRawTransport(QUEUE, TransportTimeouts.DEFAULT), EscPosSettings.defaults())) {

            PrintOutcome outcome = driver.print(Tickets.sample().toReceipt());

            assertThat(outcome.statusAfter()).isEmpty();
            assertThat(simulator.awaitReceipts(1, Duration.ofSeconds(60))).isTrue();
            assertThat(simulator.receipts().get(0).lines()).contains("NOMOR ANTREAN", "007");
            assertThat(Zbar.scan(simulator.receipts().get(0).png())).containsExactly("QR-Code:" + Tickets.CLAIM_CODE);
        }
    }

    @Test
    void statusCannotBeReadThroughAOneWayQueue() {
        try (EscPosPrinterDriver driver = new EscPosPrinterDriver(
                new CupsRawTransport(QUEUE, TransportTimeouts.DEFAULT), EscPosSettings.defaults())) {

            assertThatThrownBy(driver::status)
                    .isInstanceOfSatisfying(DeviceException.class, e -> assertThat(e.error()).isEqualTo(DeviceError.PRINTER_PROTOCOL));
        }
    }

    @Test
    void unknownQueueIsUnavailable() {
        try (EscPosPrinterDriver driver = new EscPosPrinterDriver(
                new CupsRawTransport("NO_SUCH_QUEUE", TransportTimeouts.DEFAULT), EscPosSettings.defaults())) {

            assertThatThrownBy(() -> driver.print(Tickets.sample().toReceipt()))
                    .isInstanceOfSatisfying(DeviceException.class, e -> assertThat(e.error()).isEqualTo(DeviceError.TRANSPORT_UNAVAILABLE));
        }
    }
}
