package id.anjungan.device.escpos;

import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.device.escpos.sim.EscPosPrinterSimulator;
import id.anjungan.device.escpos.sim.PrintedReceipt;
import id.anjungan.device.rig.Tickets;
import id.anjungan.device.rig.Zbar;
import id.anjungan.device.transport.TcpTransport;
import id.anjungan.device.transport.TransportTimeouts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Prints the queue ticket on each paper width and keeps the PNGs under
 * {@code target/ticket-samples} for people to look at.
 */
class QueueTicketSampleIT {

    @ParameterizedTest
    @EnumSource(PaperWidth.class)
    void queueTicketRendersReadablyOnEveryPaperWidth(PaperWidth paper) throws Exception {
        Zbar.assumeInstalled();
        Path out = Path.of("target", "ticket-samples", paper.name().toLowerCase());
        try (EscPosPrinterSimulator simulator = EscPosPrinterSimulator.onTcp(0, paper.dots(), out);
             EscPosPrinterDriver driver = new EscPosPrinterDriver(
                     new TcpTransport("127.0.0.1", simulator.port(), TransportTimeouts.DEFAULT),
                     EscPosSettings.defaults().withPaper(paper))) {

            driver.print(Tickets.sample().toReceipt());

            assertThat(simulator.awaitReceipts(1, Duration.ofSeconds(5))).isTrue();
            PrintedReceipt receipt = simulator.receipts().get(0);
            Path sample = Files.copy(receipt.png(), out.resolveSibling("queue-ticket-" + paper.name().toLowerCase() + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
            assertThat(Zbar.scan(sample)).containsExactly("QR-Code:" + Tickets.CLAIM_CODE);
            assertThat(receipt.lines()).contains("DESA SUKAMAJU", "NOMOR ANTREAN", "007", "No. 231126-007",
                    "Jam     : 09:41 WIB");
            // the footer wraps on 58 mm paper
            assertThat(String.join(" ", receipt.lines())).contains("Simpan karcis ini untuk mengambil surat");
        }
    }
}
