package id.anjungan.core.outbox;

/** Where a stored letter request stands. */
public enum OutboxState {
    /** Stored; never sent. */
    PENDING,
    /** A send was started; it may have reached the server, so the resident's list is checked before any resend. */
    SENDING,
    /** The server has it; {@code request_id} says which. */
    SENT,
    /** The server refused it (a validation error); the resident is told at the next login. */
    REJECTED
}
