package id.anjungan.device.a4.cups;

import id.anjungan.device.a4.PdfLimits;
import id.anjungan.device.transport.TransportTimeouts;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach the A4 queue.
 *
 * @param queue        the CUPS queue name; empty for the system's default queue
 * @param server       cupsd's HTTP address for IPP, normally {@code http://localhost:631}
 * @param limits       what PDFs are accepted
 * @param ippTimeouts  connect and answer bounds for each IPP request
 * @param submitTimeout how long handing a job to CUPS may take
 * @param pollInterval how often a job's state is read while waiting for it
 * @param user         the requesting user CUPS sees; the kiosk's OS user
 */
public record CupsSettings(Optional<String> queue, URI server, PdfLimits limits, TransportTimeouts ippTimeouts,
                           Duration submitTimeout, Duration pollInterval, String user) {

    public CupsSettings {
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(ippTimeouts, "ippTimeouts");
        Objects.requireNonNull(submitTimeout, "submitTimeout");
        Objects.requireNonNull(pollInterval, "pollInterval");
        Objects.requireNonNull(user, "user");
        queue = queue.filter(name -> !name.isBlank());
    }

    /** The named queue on the local cupsd with default limits. */
    public static CupsSettings forQueue(String queue) {
        return new CupsSettings(Optional.of(queue), URI.create("http://localhost:631"), PdfLimits.DEFAULT,
                new TransportTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(5)),
                Duration.ofSeconds(30), Duration.ofMillis(300), System.getProperty("user.name", "anjungan"));
    }

    /** The system's default queue on the local cupsd. */
    public static CupsSettings defaultQueue() {
        return forQueue("").withQueue(Optional.empty());
    }

    public CupsSettings withQueue(Optional<String> newQueue) {
        return new CupsSettings(newQueue, server, limits, ippTimeouts, submitTimeout, pollInterval, user);
    }

    public CupsSettings withLimits(PdfLimits newLimits) {
        return new CupsSettings(queue, server, newLimits, ippTimeouts, submitTimeout, pollInterval, user);
    }
}
