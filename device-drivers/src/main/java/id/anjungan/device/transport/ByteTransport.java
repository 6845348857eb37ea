package id.anjungan.device.transport;

import java.time.Duration;
import java.util.OptionalInt;

/**
 * A byte link to one device. Every operation is bounded by a timeout; failures are
 * {@link id.anjungan.device.api.DeviceException}s with a {@code TRANSPORT_*} error. After a
 * disconnect the transport is closed, and {@link #open()} connects afresh (cable plugged back).
 */
public interface ByteTransport extends AutoCloseable {

    /** Connects unless already open. */
    void open();

    /** Whether the link is open and has not seen a disconnect. */
    boolean isOpen();

    /** Sends bytes, waiting at most the write timeout. */
    void write(byte[] data);

    /** Ends a unit of work; a queue-based transport submits what was written as one job. */
    void flush();

    /** Whether the device can answer over this link (a CUPS queue cannot). */
    boolean canRead();

    /** The next received byte, or empty when none arrives within {@code timeout}. */
    OptionalInt read(Duration timeout);

    /** Drops bytes received so far that nobody asked for. */
    void discardInput();

    /** Where this transport goes, for logs (no personal data). */
    String describe();

    @Override
    void close();
}
