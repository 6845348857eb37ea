package id.anjungan.device.transport;

import java.time.Duration;
import java.util.OptionalInt;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Bytes the device sent, waiting to be read. Bounded, so a device spewing garbage cannot exhaust
 * memory: the oldest bytes give way. The bound holds the largest reply any device sends whole (a
 * fingerprint module's UpImage, about 40 KB) several times over, so a reader slowed down by a busy
 * machine loses nothing of a well-behaved device.
 */
final class ReceivedBytes {

    /** What {@link #poll} returns after the stream ended. */
    static final int END = -1;

    static final int CAPACITY = 256 * 1024;

    private final BlockingQueue<Integer> queue = new ArrayBlockingQueue<>(CAPACITY);

    void add(byte[] buffer, int length) {
        for (int i = 0; i < length; i++) {
            Integer value = buffer[i] & 0xFF;
            while (!queue.offer(value)) {
                queue.poll();
            }
        }
    }

    OptionalInt poll(Duration timeout) {
        try {
            Integer value = queue.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
            return value == null ? OptionalInt.empty() : OptionalInt.of(value);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.empty();
        }
    }

    /** Marks the end of the stream; a reader then sees {@link #END}. */
    void end() {
        while (!queue.offer(END)) {
            queue.poll();
        }
    }

    /** Drops unread bytes but keeps an end-of-stream mark. */
    void clear() {
        boolean ended = queue.contains(END);
        queue.clear();
        if (ended) {
            end();
        }
    }
}
