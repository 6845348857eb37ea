package id.anjungan.core.queue;

import id.anjungan.backend.Nik;

/**
 * What a scanned ticket leads to: the resident (to pre-fill the NIK; the PIN is still asked) and their request.
 *
 * @param nik         whose ticket it is
 * @param requestId   the server's request id, or null while the request waits in the outbox
 * @param outboxKey   the outbox entry's idempotency key, or null when it was sent at once
 * @param letterName  the letter asked for
 * @param queueNumber the number on the ticket
 */
public record Claim(Nik nik, String requestId, String outboxKey, String letterName, String queueNumber) {

    @Override
    public String toString() {
        return "Claim[" + queueNumber + ", request " + requestId + ", outbox " + outboxKey + "]";
    }
}
