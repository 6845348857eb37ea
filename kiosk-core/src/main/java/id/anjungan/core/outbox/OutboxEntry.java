package id.anjungan.core.outbox;

import java.time.Instant;

/**
 * One stored letter request, without its contents (those stay sealed until the resident logs in again).
 *
 * @param id          order of arrival
 * @param key         the idempotency key
 * @param letterName  the letter asked for
 * @param queueNumber the number on the resident's ticket
 * @param state       where it stands
 * @param requestId   the server's request id once sent
 * @param reason      why it was refused, or null
 * @param attempts    how many sends were started
 * @param updatedAt   when it last changed (for SENDING: when the send started)
 */
public record OutboxEntry(long id, String key, String letterName, String queueNumber, OutboxState state, String requestId,
        String reason, int attempts, Instant updatedAt) {
}
