package id.anjungan.device.escpos.status;

import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;
import id.anjungan.device.api.PrinterStatus;
import id.anjungan.device.escpos.command.StatusRequestCommand;
import id.anjungan.device.transport.ByteTransport;
import java.time.Duration;
import java.util.OptionalInt;

/**
 * Asks the printer {@code DLE EOT 1..4}, one question at a time, dropping whatever arrived unasked
 * before each, and waits a bounded time for each one-byte answer.
 */
public final class StatusReader {

    private final ByteTransport transport;
    private final Duration timeout;

    public StatusReader(ByteTransport transport, Duration timeout) {
        this.transport = transport;
        this.timeout = timeout;
    }

    /** The printer's status now; never cached. */
    public PrinterStatus read() {
        return new StatusBytes(ask(1), ask(2), ask(3), ask(4)).toStatus();
    }

    private int ask(int kind) {
        transport.discardInput();
        transport.write(new StatusRequestCommand(kind).bytes());
        transport.flush();
        OptionalInt answer = transport.read(timeout);
        if (answer.isEmpty()) {
            throw new DeviceException(DeviceError.TRANSPORT_TIMEOUT,
                    transport.describe() + " gave no answer to DLE EOT " + kind + " within " + timeout.toMillis() + " ms");
        }
        return StatusBytes.require(kind, answer.getAsInt());
    }
}
