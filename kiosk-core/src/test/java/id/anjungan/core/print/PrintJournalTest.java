package id.anjungan.core.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.anjungan.core.KioskCoreException;
import id.anjungan.core.audit.AuditLog;
import id.anjungan.core.session.FakeReceiptPrinter;
import id.anjungan.core.storage.KioskDatabase;
import id.anjungan.core.storage.KioskSecret;
import id.anjungan.device.api.QueueTicket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrintJournalTest {

    @TempDir
    Path dir;

    KioskDatabase database;
    PrintJournal journal;
    FakeReceiptPrinter printer = new FakeReceiptPrinter();
    TicketPrinting tickets;

    @BeforeEach
    void open() {
        database = KioskDatabase.open(dir.resolve("kiosk.db"));
        journal = new PrintJournal(database, Clock.systemUTC());
        AuditLog audit = new AuditLog(database, KioskSecret.loadOrCreate(dir.resolve("s")), Clock.systemUTC(), "k");
        tickets = new TicketPrinting(journal, printer, audit, PrintListener.NONE);
    }

    static QueueTicket ticket(String number) {
        return new QueueTicket("Desa Sukamaju", number, "Keterangan Usaha", ZonedDateTime.now(), "PRM-1", "ADM1-SECRETCODE01",
                "Simpan karcis ini.");
    }

    @Test
    void aPrintedTicketIsDoneAndItsClaimCodeLeavesTheJournal() {
        PrintResult result = tickets.print(ticket("100325-001"));

        PrintJob job = journal.job(result.jobId()).orElseThrow();
        assertThat(job.state()).isEqualTo(JobState.DONE);
        assertThat(job.payload()).contains("100325-001").doesNotContain("ADM1-SECRETCODE01");
    }

    @Test
    void aJobCaughtAtThePrinterByACrashIsFailedNotResent() {
        long id = journal.enqueue(JobKind.TICKET, TicketCodec.encode(ticket("100325-002")));
        journal.markSent(id);

        PrintReport report = new TicketPrinting(journal, printer, new AuditLog(database,
                KioskSecret.loadOrCreate(dir.resolve("s")), Clock.systemUTC(), "k"), PrintListener.NONE).resume();

        assertThat(report.interrupted()).extracting(PrintJob::id).containsExactly(id);
        assertThat(journal.job(id).orElseThrow().reason()).isEqualTo(PrintJournal.INTERRUPTED);
        assertThat(printer.printed).isEmpty();
    }

    @Test
    void aQueuedJobIsPrintedOnResume() {
        long id = journal.enqueue(JobKind.TICKET, TicketCodec.encode(ticket("100325-003")));

        PrintReport report = tickets.resume();

        assertThat(report.resumed()).containsExactly(id);
        assertThat(printer.printed).hasSize(1);
    }

    @Test
    void onlyAFailedJobCanBeReprintedAndTheReprintPointsAtIt() {
        long done = tickets.print(ticket("100325-004")).jobId();
        assertThatThrownBy(() -> tickets.reprint(done)).isInstanceOf(KioskCoreException.class);
        printer.failure = id.anjungan.device.api.DeviceError.PRINTER_COVER_OPEN;
        long failed = tickets.print(ticket("100325-005")).jobId();
        printer.failure = null;

        PrintResult reprint = tickets.reprint(failed);

        assertThat(reprint.printed()).isTrue();
        assertThat(journal.job(reprint.jobId()).orElseThrow().reprintOf()).isEqualTo(failed);
    }

    @Test
    void aJobCannotBeMarkedSentTwice() {
        long id = journal.enqueue(JobKind.TICKET, "{}");
        journal.markSent(id);

        assertThatThrownBy(() -> journal.markSent(id)).isInstanceOf(KioskCoreException.class);
    }
}
