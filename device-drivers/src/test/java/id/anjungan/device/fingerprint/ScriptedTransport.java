package id.anjungan.device.fingerprint;

import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;
import id.anjungan.device.transport.ByteTransport;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.OptionalInt;

/**
 * An in-memory transport for unit tests: serves bytes queued in advance, records what is written.
 * A read past the queued bytes times out at once instead of waiting.
 */
public final class ScriptedTransport implements ByteTransport {

    private final ByteArrayOutputStream written = new ByteArrayOutputStream();
    private final Deque<Integer> incoming = new ArrayDeque<>();
    private boolean open;

    /** Queues bytes the "device" will send. */
    public ScriptedTransport answer(byte[] bytes) {
        for (byte b : bytes) {
            incoming.add(b & 0xFF);
        }
        return this;
    }

    public byte[] written() {
        return written.toByteArray();
    }

    @Override
    public void open() {
        open = true;
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public void write(byte[] data) {
        requireOpen();
        written.write(data, 0, data.length);
    }

    @Override
    public void flush() {
        requireOpen();
    }

    @Override
    public boolean canRead() {
        return true;
    }

    @Override
    public OptionalInt read(Duration timeout) {
        requireOpen();
        Integer next = incoming.poll();
        return next == null ? OptionalInt.empty() : OptionalInt.of(next);
    }

    @Override
    public void discardInput() {
        requireOpen();
    }

    @Override
    public String describe() {
        return "scripted";
    }

    @Override
    public void close() {
        open = false;
    }

    private void requireOpen() {
        if (!open) {
            throw new DeviceException(DeviceError.TRANSPORT_DISCONNECTED, "scripted transport is closed");
        }
    }
}
