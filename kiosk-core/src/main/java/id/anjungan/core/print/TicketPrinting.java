package id.anjungan.core.print;

import id.anjungan.core.audit.AuditKind;
import id.anjungan.core.audit.AuditLog;
import id.anjungan.device.api.DeviceException;
import id.anjungan.device.api.PrintOutcome;
import id.anjungan.device.api.QueueTicket;
import id.anjungan.device.api.Receipt;
import id.anjungan.device.api.ReceiptPrinter;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prints queue tickets through the journal: record (QUEUED), mark SENT, print, mark DONE or FAILED. One job at a
 * time, so the order on paper is the order in the journal.
 */
public final class TicketPrinting {

    private static final Logger LOG = LoggerFactory.getLogger(TicketPrinting.class);

    private final PrintJournal journal;
    private final ReceiptPrinter printer;
    private final AuditLog audit;
    private final PrintListener listener;

    public TicketPrinting(PrintJournal journal, ReceiptPrinter printer, AuditLog audit, PrintListener listener) {
        this.journal = journal;
        this.printer = printer;
        this.audit = audit;
        this.listener = listener;
    }

    /** Records and prints a ticket; the result says whether it printed. */
    public synchronized PrintResult print(QueueTicket ticket) {
        long id = journal.enqueue(JobKind.TICKET, TicketCodec.encode(ticket));
        return run(id, ticket);
    }

    /**
     * After a start: jobs caught at the printer become FAILED for an operator; queued ones print now, in order.
     */
    public synchronized PrintReport resume() {
        List<PrintJob> interrupted = journal.failInterrupted();
        interrupted.forEach(job -> {
            LOG.warn("print job {} was at the printer when the kiosk stopped; not resent, an operator must check it", job.id());
            audit.record(AuditKind.PRINT_JOB, "job " + job.id() + " interrupted; waiting for an operator");
        });
        List<Long> resumed = new ArrayList<>();
        List<Long> failed = new ArrayList<>();
        for (PrintJob job : journal.inState(JobState.QUEUED)) {
            if (job.kind() != JobKind.TICKET) {
                continue;
            }
            PrintResult result = run(job.id(), TicketCodec.decode(job.payload()));
            (result.printed() ? resumed : failed).add(job.id());
        }
        return new PrintReport(interrupted, resumed, failed);
    }

    /** An operator's reprint of a failed ticket. */
    public synchronized PrintResult reprint(long failedId) {
        long id = journal.reprint(failedId);
        audit.record(AuditKind.PRINT_JOB, "job " + id + " reprints job " + failedId + " on an operator's request");
        return run(id, TicketCodec.decode(journal.job(id).orElseThrow().payload()));
    }

    private PrintResult run(long id, QueueTicket ticket) {
        Receipt receipt = ticket.toReceipt();
        journal.markSent(id);
        try {
            PrintOutcome outcome = printer.print(receipt);
            journal.markDone(id, TicketCodec.summary(ticket));
            audit.record(AuditKind.PRINT_JOB, "job " + id + " ticket " + ticket.number() + " printed");
            listener.printed(receipt, outcome);
            return PrintResult.printed(id, outcome.warnings());
        } catch (DeviceException failure) {
            journal.markFailed(id, failure.error().name() + ": " + failure.getMessage());
            audit.record(AuditKind.DEVICE_FAULT, "job " + id + " failed: " + failure.error());
            LOG.warn("ticket job {} failed: {}", id, failure.getMessage());
            listener.failed(failure.error());
            return PrintResult.failed(id, failure.error());
        }
    }
}
