package id.anjungan.device.escpos;

import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;
import id.anjungan.device.transport.ByteTransport;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.OptionalInt;
import java.util.function.IntUnaryOperator;

/** An in-memory transport for unit tests: records what is written, answers status requests by a rule. */
final class FakeTransport implements ByteTransport {

    final ByteArrayOutputStream written = new ByteArrayOutputStream();
    private final Deque<Integer> answers = new ArrayDeque<>();
    private IntUnaryOperator statusRule = kind -> 0x12;
    private boolean open;
    private int opens;
    private boolean dropOnNextRead;
    private boolean confirmJobs = true;

    void answerStatus(IntUnaryOperator rule) {
        this.statusRule = rule;
    }

    void neverConfirmJobs() {
        confirmJobs = false;
    }

    void dropOnNextRead() {
        dropOnNextRead = true;
    }

    int opens() {
        return opens;
    }

    @Override
    public void open() {
        open = true;
        opens++;
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public void write(byte[] data) {
        written.writeBytes(data);
        if (data.length == 3 && data[0] == 0x10 && data[1] == 0x04) {
            answers.add(statusRule.applyAsInt(data[2]));
        }
        if (confirmJobs && data.length == 3 && data[0] == 0x1D && data[1] == 'r') {
            answers.add(0x00);
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public boolean canRead() {
        return true;
    }

    @Override
    public OptionalInt read(Duration timeout) {
        if (dropOnNextRead) {
            dropOnNextRead = false;
            open = false;
            answers.clear();
            throw new DeviceException(DeviceError.TRANSPORT_DISCONNECTED, "fake link dropped");
        }
        Integer next = answers.poll();
        return next == null || next < 0 ? OptionalInt.empty() : OptionalInt.of(next);
    }

    @Override
    public void discardInput() {
        answers.clear();
    }

    @Override
    public String describe() {
        return "fake";
    }

    @Override
    public void close() {
        open = false;
    }
}
