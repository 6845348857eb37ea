package id.anjungan.core.print;

import id.anjungan.core.CoreError;
import id.anjungan.core.KioskCoreException;
import id.anjungan.core.storage.KioskDatabase;
import id.anjungan.core.storage.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The durable print journal: every ticket and document is a row that moves QUEUED → SENT → DONE | FAILED, each
 * step committed before the next action. A job found SENT after a restart may or may not have printed; it becomes
 * FAILED for an operator to look at, so nothing is printed twice. Reprints are new jobs pointing at the old one.
 */
public final class PrintJournal {

    /** The reason given to jobs that were on their way to the printer when the kiosk stopped. */
    public static final String INTERRUPTED = "interrupted: the kiosk stopped while this job was at the printer";

    private static final String COLUMNS = "id, kind, payload, state, reason, reprint_of, created_at";

    private final Sql sql;
    private final Clock clock;

    public PrintJournal(KioskDatabase database, Clock clock) {
        this.sql = database.sql();
        this.clock = clock;
    }

    /** Records a new job; returns its id. */
    public long enqueue(JobKind kind, String payload) {
        return insert(kind, payload, null);
    }

    /** Marks a job as handed to the printer; only a QUEUED job may go. */
    public void markSent(long id) {
        move(id, JobState.QUEUED, JobState.SENT, null, null);
    }

    /** Marks a sent job printed and replaces its payload by a summary that holds no claim code. */
    public void markDone(long id, String summary) {
        move(id, JobState.SENT, JobState.DONE, null, summary);
    }

    /** Marks a queued or sent job failed with a reason for the operator. */
    public void markFailed(long id, String reason) {
        long changed = sql.update("UPDATE print_job SET state = 'FAILED', reason = ?, updated_at = ? WHERE id = ?"
                + " AND state IN ('QUEUED', 'SENT')", reason, now(), id);
        if (changed != 1) {
            throw new KioskCoreException(CoreError.PRINT_JOB, "job " + id + " is not queued or sent");
        }
    }

    /**
     * After a restart: every SENT job becomes FAILED ({@link #INTERRUPTED}).
     *
     * @return the jobs just marked failed, for the operator report
     */
    public List<PrintJob> failInterrupted() {
        return sql.transaction(connection -> {
            List<PrintJob> sent = Sql.query(connection, "SELECT " + COLUMNS + " FROM print_job WHERE state = 'SENT' ORDER BY id",
                    PrintJournal::read);
            Sql.update(connection, "UPDATE print_job SET state = 'FAILED', reason = ?, updated_at = ? WHERE state = 'SENT'",
                    INTERRUPTED, now());
            return sent;
        });
    }

    /** Jobs in one state, oldest first. */
    public List<PrintJob> inState(JobState state) {
        return sql.query("SELECT " + COLUMNS + " FROM print_job WHERE state = ? ORDER BY id", PrintJournal::read, state.name());
    }

    public Optional<PrintJob> job(long id) {
        return sql.first("SELECT " + COLUMNS + " FROM print_job WHERE id = ?", PrintJournal::read, id);
    }

    /**
     * An operator's reprint of a failed job: a new QUEUED job with the same payload.
     *
     * @throws KioskCoreException when the job is not FAILED
     */
    public long reprint(long failedId) {
        PrintJob failed = job(failedId).filter(job -> job.state() == JobState.FAILED)
                .orElseThrow(() -> new KioskCoreException(CoreError.PRINT_JOB, "only a failed job can be reprinted: " + failedId));
        return insert(failed.kind(), failed.payload(), failedId);
    }

    private long insert(JobKind kind, String payload, Long reprintOf) {
        String now = now();
        return sql.update("INSERT INTO print_job (kind, payload, state, reprint_of, created_at, updated_at)"
                + " VALUES (?, ?, 'QUEUED', ?, ?, ?)", kind.name(), payload, reprintOf, now, now);
    }

    private void move(long id, JobState from, JobState to, String reason, String payload) {
        long changed = payload == null
                ? sql.update("UPDATE print_job SET state = ?, reason = ?, updated_at = ? WHERE id = ? AND state = ?",
                        to.name(), reason, now(), id, from.name())
                : sql.update("UPDATE print_job SET state = ?, reason = ?, payload = ?, updated_at = ? WHERE id = ? AND state = ?",
                        to.name(), reason, payload, now(), id, from.name());
        if (changed != 1) {
            throw new KioskCoreException(CoreError.PRINT_JOB, "job " + id + " is not " + from + ", cannot become " + to);
        }
    }

    private String now() {
        return clock.instant().toString();
    }

    private static PrintJob read(ResultSet row) throws SQLException {
        Long reprintOf = row.getObject(6) == null ? null : row.getLong(6);
        return new PrintJob(row.getLong(1), JobKind.valueOf(row.getString(2)), row.getString(3),
                JobState.valueOf(row.getString(4)), row.getString(5), reprintOf,
                Instant.parse(row.getString(7)));
    }
}
