package id.anjungan.device.scanner;

import id.anjungan.device.api.DeviceError;
import java.io.ByteArrayOutputStream;

/**
 * Cuts the byte stream of a scanner into lines ended by CR, LF or CR LF. An overlong line is counted
 * to its end but not kept, then reported, so the next line is read normally. Not thread-safe.
 */
final class LineFramer {

    /** Where lines and framing faults go. */
    interface Sink {
        void line(byte[] line);

        void fault(DeviceError reason, String detail);
    }

    private final int maxBytes;
    private final long timeoutNanos;
    private final Sink sink;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private long length;
    private boolean afterCr;
    private long lastByte;

    LineFramer(ScannerSettings settings, Sink sink) {
        this.maxBytes = settings.maxLineBytes();
        this.timeoutNanos = settings.frameTimeout().toNanos();
        this.sink = sink;
    }

    /** One received byte at {@code nanoTime}. */
    void accept(int value, long nanoTime) {
        expire(nanoTime);
        lastByte = nanoTime;
        if (value == '\n' && afterCr) {
            afterCr = false;
            return;
        }
        afterCr = value == '\r';
        if (value == '\r' || value == '\n') {
            end();
            return;
        }
        if (length < maxBytes) {
            line.write(value);
        }
        length++;
    }

    /** Nothing arrived until {@code nanoTime}: a line left unfinished too long is dropped. */
    void expire(long nanoTime) {
        if (length > 0 && nanoTime - lastByte > timeoutNanos) {
            sink.fault(DeviceError.SCANNER_INCOMPLETE, "a line of " + length + " bytes got no CR or LF in "
                    + timeoutNanos / 1_000_000 + " ms");
            reset();
        }
    }

    private void end() {
        if (length > maxBytes) {
            sink.fault(DeviceError.SCANNER_LINE_TOO_LONG, "a line of " + length + " bytes, limit " + maxBytes);
        } else if (length > 0) {
            sink.line(line.toByteArray());
        }
        reset();
    }

    private void reset() {
        line.reset();
        length = 0;
    }
}
