package id.anjungan.core.print;

import id.anjungan.core.audit.AuditLog;
import id.anjungan.core.harness.HarnessProcess;
import id.anjungan.core.storage.KioskDatabase;
import id.anjungan.core.storage.KioskSecret;
import id.anjungan.device.api.DeviceProviders;
import id.anjungan.device.api.DeviceSettings;
import id.anjungan.device.api.PrintOutcome;
import id.anjungan.device.api.PrinterStatus;
import id.anjungan.device.api.QueueTicket;
import id.anjungan.device.api.Receipt;
import id.anjungan.device.api.ReceiptPrinter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Map;

/**
 * Run by {@link JournalCrashIT} in its own JVM: opens the real print journal on a SQLite file and the real ESC/POS
 * driver on a TCP port, records {@code count} tickets on the first start (an empty journal), and then does what the
 * kiosk does at every start: {@link TicketPrinting#resume()}. It reports each job as it goes to the printer, so the
 * test can kill it while that job is SENT.
 *
 * <p>Arguments: {@code <database> <secret-file> <printer-port> <count>}.
 */
public final class JournalCrashHarness {

    private JournalCrashHarness() {
    }

    public static void main(String[] args) {
        KioskDatabase database = KioskDatabase.open(Path.of(args[0]));
        PrintJournal journal = new PrintJournal(database, Clock.systemUTC());
        AuditLog audit = new AuditLog(database, KioskSecret.loadOrCreate(Path.of(args[1])), Clock.systemUTC(), "harness");
        int count = Integer.parseInt(args[3]);
        if (database.sql().first("SELECT COUNT(*) FROM print_job", row -> row.getLong(1)).orElse(0L) == 0) {
            for (int n = 1; n <= count; n++) {
                journal.enqueue(JobKind.TICKET, TicketCodec.encode(ticket(n)));
            }
            mark("QUEUED " + count);
        }
        try (ReceiptPrinter printer = new Announced(DeviceProviders.find(ReceiptPrinter.class, "escpos-tcp").orElseThrow()
                .open(new DeviceSettings("escpos-tcp", Map.of("type", "escpos-tcp", "host", "127.0.0.1", "port", args[2],
                        "status-timeout", "10s", "job-timeout", "20s"))), journal)) {
            PrintReport report = new TicketPrinting(journal, printer, audit, PrintListener.NONE).resume();
            mark("REPORT interrupted=" + report.interrupted().stream().map(PrintJob::id).toList()
                    + " resumed=" + report.resumed() + " failed=" + report.failed());
        }
        System.exit(0);
    }

    /** Ticket {@code n}: its number and its claim code (printed as the QR) both name it. */
    static QueueTicket ticket(int n) {
        return new QueueTicket("Desa Sukamaju", String.format("JC-%03d", n), "Keterangan Usaha", ZonedDateTime.now(),
                "PRM-" + n, claimCode(n), "Simpan karcis ini.");
    }

    static String claimCode(int n) {
        return String.format("ADM1-CRASH%07d", n);
    }

    static void mark(String line) {
        System.out.println(HarnessProcess.MARK + line);
        System.out.flush();
    }

    /** Says which job is at the printer; the journal has already committed it SENT when the driver is called. */
    private record Announced(ReceiptPrinter printer, PrintJournal journal) implements ReceiptPrinter {

        @Override
        public PrintOutcome print(Receipt receipt) {
            journal.inState(JobState.SENT).forEach(job -> mark("SENT " + job.id()));
            PrintOutcome outcome = printer.print(receipt);
            mark("PRINTED");
            return outcome;
        }

        @Override
        public PrinterStatus status() {
            return printer.status();
        }

        @Override
        public void close() {
            printer.close();
        }
    }
}
