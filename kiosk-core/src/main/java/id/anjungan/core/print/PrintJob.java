package id.anjungan.core.print;

import java.time.Instant;

/**
 * One row of the print journal.
 *
 * @param id        the journal's id
 * @param kind      what it prints
 * @param payload   what to print (JSON); once a job is done, only a summary without the claim code
 * @param state     where it stands
 * @param reason    why it failed, or null
 * @param reprintOf the job this one reprints, or null
 * @param createdAt when it was recorded
 */
public record PrintJob(long id, JobKind kind, String payload, JobState state, String reason, Long reprintOf,
        Instant createdAt) {
}
