package id.anjungan.device.escpos.status;

import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;
import id.anjungan.device.api.PrinterStatus;
import id.anjungan.device.escpos.command.StatusRequestCommand;
import id.anjungan.device.escpos.command.TransmitPaperStatusCommand;
import id.anjungan.device.transport.ByteTransport;
import java.time.Duration;
import java.util.OptionalInt;

/**
 * Asks the printer {@code DLE EOT 1..4}, one question at a time, dropping whatever arrived unasked
 * before each, and waits a bounded time for each one-byte answer; and confirms a job with {@code GS r 1}.
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

    /**
     * Sends {@code GS r 1} after a job and waits for its answer, which comes once the printer has
     * worked through everything before it. A printer that stopped (paper out mid-job) never answers.
     *
     * @return whether the printer confirmed within {@code timeout}
     */
    public boolean awaitJobProcessed(Duration jobTimeout) {
        transport.discardInput();
        transport.write(new TransmitPaperStatusCommand().bytes());
        transport.flush();
        OptionalInt answer = transport.read(jobTimeout);
        if (answer.isEmpty()) {
            return false;
        }
        // bits 4 and 7 are fixed at 0 in a GS r answer
        if ((answer.getAsInt() & 0x90) != 0) {
            throw new DeviceException(DeviceError.PRINTER_PROTOCOL,
                    String.format("answer 0x%02X to GS r 1 is not a paper status", answer.getAsInt()));
        }
        return true;
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
