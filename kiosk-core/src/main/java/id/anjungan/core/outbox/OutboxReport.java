package id.anjungan.core.outbox;

import java.util.List;

/**
 * What sending a resident's stored requests did.
 *
 * @param sent     now on the server
 * @param rejected refused by the server
 * @param waiting  still stored (the backend was unreachable)
 */
public record OutboxReport(List<OutboxEntry> sent, List<OutboxEntry> rejected, List<OutboxEntry> waiting) {

    public OutboxReport {
        sent = List.copyOf(sent);
        rejected = List.copyOf(rejected);
        waiting = List.copyOf(waiting);
    }

    public boolean nothingWaited() {
        return sent.isEmpty() && rejected.isEmpty() && waiting.isEmpty();
    }
}
