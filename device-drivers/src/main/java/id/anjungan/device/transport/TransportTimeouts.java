package id.anjungan.device.transport;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds for a transport.
 *
 * @param connect how long opening may take
 * @param read    the default wait for an answer
 * @param write   how long one write may block (a stalled printer or a full buffer)
 */
public record TransportTimeouts(Duration connect, Duration read, Duration write) {

    /** Values that suit a receipt printer on a local cable or LAN. */
    public static final TransportTimeouts DEFAULT =
            new TransportTimeouts(Duration.ofSeconds(3), Duration.ofMillis(800), Duration.ofSeconds(10));

    public TransportTimeouts {
        Objects.requireNonNull(connect, "connect");
        Objects.requireNonNull(read, "read");
        Objects.requireNonNull(write, "write");
    }
}
