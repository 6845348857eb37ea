package id.anjungan.device.api;

/** Where a document print job stands. */
public enum JobState {
    /** Accepted and waiting (also while the queue is stopped or the printer lacks paper). */
    QUEUED,
    /** Being printed. */
    PRINTING,
    /** The print system says the job completed: the paper is out. */
    DONE,
    /** Aborted, cancelled or lost; it will not print. */
    FAILED;

    /** Whether the job has reached an end and will not change again. */
    public boolean isFinal() {
        return this == DONE || this == FAILED;
    }
}
