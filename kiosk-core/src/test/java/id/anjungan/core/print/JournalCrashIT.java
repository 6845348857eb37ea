package id.anjungan.core.print;

import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.core.audit.AuditEvent;
import id.anjungan.core.audit.AuditLog;
import id.anjungan.core.harness.HarnessProcess;
import id.anjungan.core.storage.KioskDatabase;
import id.anjungan.core.storage.KioskSecret;
import id.anjungan.device.api.DeviceProviders;
import id.anjungan.device.api.DeviceSettings;
import id.anjungan.device.api.ReceiptPrinter;
import id.anjungan.device.escpos.sim.EscPosPrinterSimulator;
import id.anjungan.device.escpos.sim.PrintedReceipt;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The print journal across a real crash: {@link JournalCrashHarness} prints three tickets in its own JVM to a slow
 * simulated printer and is killed with SIGKILL while job 2 is SENT, then started again on the same SQLite file.
 * Nothing may be printed twice and nothing may vanish: job 2 ends FAILED (interrupted) for an operator, the others
 * DONE, and only the operator's reprint puts job 2 on paper again.
 */
class JournalCrashIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    EscPosPrinterSimulator simulator;
    Path database;
    Path secret;

    @BeforeEach
    void startPrinter() {
        simulator = EscPosPrinterSimulator.onTcp(0, 384, dir.resolve("receipts"));
        // every status answer waits, so each job stays SENT for seconds: time to kill the harness mid-job
        simulator.slowLink(Duration.ofMillis(400));
        database = dir.resolve("kiosk.db");
        secret = dir.resolve("kiosk.secret");
    }

    @AfterEach
    void stopPrinter() {
        simulator.close();
    }

    @Test
    void aJobKilledBeforeItsReceiptWasCutIsFailedForTheOperatorAndNeverPrintedOnItsOwn() throws Exception {
        try (HarnessProcess first = harness()) {
            first.awaitMark("SENT 2", WAIT);
            assertThat(simulator.receipts()).hasSize(1);
            first.kill();
        }
        assertThat(states()).containsExactly(JobState.DONE, JobState.SENT, JobState.QUEUED);

        assertThat(restart()).isEqualTo("interrupted=[2] resumed=[3] failed=[]");

        assertFinalJournal();
        assertThat(printedCount()).containsExactlyInAnyOrderEntriesOf(Map.of(claim(1), 1L, claim(3), 1L));
        assertThat(restart()).isEqualTo("interrupted=[] resumed=[] failed=[]");
        assertThat(simulator.receipts()).hasSize(2);

        operatorReprints(2);
        assertThat(printedCount()).containsExactlyInAnyOrderEntriesOf(Map.of(claim(1), 1L, claim(2), 1L, claim(3), 1L));
    }

    @Test
    void aJobKilledAfterItsReceiptWasCutIsNotPrintedAgainOnRestart() throws Exception {
        try (HarnessProcess first = harness()) {
            first.awaitMark("SENT 2", WAIT);
            // the cut is on paper; the driver is still waiting for the printer to confirm the job
            assertThat(simulator.awaitReceipts(2, WAIT)).isTrue();
            first.kill();
            assertThat(first.marks()).containsOnlyOnce("PRINTED").doesNotContain("SENT 3");
        }
        assertThat(states()).containsExactly(JobState.DONE, JobState.SENT, JobState.QUEUED);

        assertThat(restart()).isEqualTo("interrupted=[2] resumed=[3] failed=[]");

        assertFinalJournal();
        assertThat(printedCount()).containsExactlyInAnyOrderEntriesOf(Map.of(claim(1), 1L, claim(2), 1L, claim(3), 1L));
        assertThat(restart()).isEqualTo("interrupted=[] resumed=[] failed=[]");
        assertThat(simulator.receipts()).hasSize(3);
    }

    private HarnessProcess harness() throws Exception {
        return HarnessProcess.start(JournalCrashHarness.class, database.toString(), secret.toString(),
                String.valueOf(simulator.port()), "3");
    }

    /** Starts the harness again on the same journal and returns its resume report. */
    private String restart() throws Exception {
        try (HarnessProcess again = harness()) {
            String report = again.awaitMark("REPORT", WAIT);
            assertThat(again.awaitExit(WAIT)).isZero();
            return report;
        }
    }

    private void assertFinalJournal() {
        PrintJournal journal = journal();
        assertThat(states()).containsExactly(JobState.DONE, JobState.FAILED, JobState.DONE);
        assertThat(journal.job(2).orElseThrow().reason()).isEqualTo(PrintJournal.INTERRUPTED);
        assertThat(journal.inState(JobState.FAILED)).extracting(PrintJob::id).containsExactly(2L);
        // the operator learns of it from the audit trail as well as from the FAILED row
        assertThat(audit().events()).extracting(AuditEvent::detail).contains("job 2 interrupted; waiting for an operator");
    }

    private void operatorReprints(long failedJob) {
        try (ReceiptPrinter printer = DeviceProviders.find(ReceiptPrinter.class, "escpos-tcp").orElseThrow()
                .open(new DeviceSettings("escpos-tcp", Map.of("type", "escpos-tcp", "host", "127.0.0.1",
                        "port", String.valueOf(simulator.port()), "status-timeout", "10s", "job-timeout", "20s")))) {
            PrintResult reprint = new TicketPrinting(journal(), printer, audit(), PrintListener.NONE).reprint(failedJob);
            assertThat(reprint.printed()).isTrue();
            assertThat(journal().job(reprint.jobId()).orElseThrow().reprintOf()).isEqualTo(failedJob);
        }
    }

    private List<JobState> states() {
        PrintJournal journal = journal();
        return List.of(1L, 2L, 3L).stream().map(id -> journal.job(id).orElseThrow().state()).toList();
    }

    /** How often each claim code (one per ticket) came out of the printer. */
    private Map<String, Long> printedCount() {
        return simulator.receipts().stream().map(PrintedReceipt::qrPayloads).flatMap(List::stream)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private static String claim(int n) {
        return JournalCrashHarness.claimCode(n);
    }

    private PrintJournal journal() {
        return new PrintJournal(KioskDatabase.open(database), Clock.systemUTC());
    }

    private AuditLog audit() {
        return new AuditLog(KioskDatabase.open(database), KioskSecret.loadOrCreate(secret), Clock.systemUTC(), "test");
    }
}
