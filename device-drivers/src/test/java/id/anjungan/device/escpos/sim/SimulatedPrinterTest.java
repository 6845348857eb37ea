package id.anjungan.device.escpos.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulatedPrinterTest {

    @TempDir
    Path dir;

    private final PrinterCondition condition = new PrinterCondition();

    private SimulatedPrinter printer() {
        return new SimulatedPrinter(384, dir, condition);
    }

    private static void type(SimulatedPrinter printer, String text) {
        text.chars().forEach(c -> printer.apply(c == '\n' ? new PrinterOp.LineFeed() : new PrinterOp.Character(c)));
    }

    @Test
    void readyPrinterAnswersFixedBitsOnly() {
        SimulatedPrinter printer = printer();

        for (int kind = 1; kind <= 4; kind++) {
            assertThat(printer.apply(new PrinterOp.StatusRequest(kind))).containsExactly(0x12);
        }
    }

    @Test
    void paperOutShowsInOfflineAndRollSensorStatus() {
        condition.paperOut(true);
        SimulatedPrinter printer = printer();

        assertThat(printer.apply(new PrinterOp.StatusRequest(1))).containsExactly(0x1A);
        assertThat(printer.apply(new PrinterOp.StatusRequest(2))).containsExactly(0x32);
        assertThat(printer.apply(new PrinterOp.StatusRequest(4))).containsExactly(0x7E);
    }

    @Test
    void transmitStatusIsAnsweredWithThePaperSensors() {
        condition.paperNearEnd(true);

        assertThat(printer().apply(new PrinterOp.TransmitStatus(1))).containsExactly(0x03);
    }

    @Test
    void stoppedPrinterNeverReachesTransmitStatus() {
        condition.coverOpen(true);

        assertThat(printer().apply(new PrinterOp.TransmitStatus(1))).isEmpty();
    }

    @Test
    void coverOpenShowsInOfflineStatus() {
        condition.coverOpen(true);

        assertThat(printer().apply(new PrinterOp.StatusRequest(2))).containsExactly(0x16);
    }

    @Test
    void cutWritesAPngWithTheLinesPrinted() {
        SimulatedPrinter printer = printer();
        type(printer, "HALO\n");
        printer.apply(new PrinterOp.Cut(false, 0));

        PrintedReceipt receipt = printer.receipts().get(0);
        assertThat(receipt.lines()).containsExactly("HALO");
        assertThat(Files.exists(receipt.png())).isTrue();
    }

    @Test
    void lineLongerThanThePaperWrapsLikeAPrinter() {
        SimulatedPrinter printer = printer();
        type(printer, "A".repeat(40) + "\n");
        printer.apply(new PrinterOp.Cut(true, 0));

        assertThat(printer.receipts().get(0).lines()).containsExactly("A".repeat(32), "A".repeat(8));
    }

    @Test
    void paperRunningOutMidReceiptLosesThatReceipt() {
        condition.paperLeft(40);
        SimulatedPrinter printer = printer();
        type(printer, "ONE\nTWO\nTHREE\n");
        printer.apply(new PrinterOp.Cut(false, 0));

        assertThat(printer.receipts()).isEmpty();
        assertThat(printer.apply(new PrinterOp.StatusRequest(4))).containsExactly(0x7E);
    }

    @Test
    void codeTableTurnsHighBytesIntoItsCharacters() {
        SimulatedPrinter printer = printer();
        printer.apply(new PrinterOp.CodeTable(16));
        type(printer, "Caf\u00E9\n");
        printer.apply(new PrinterOp.Cut(false, 0));

        assertThat(printer.receipts().get(0).lines()).containsExactly("Caf\u00E9");
    }
}
