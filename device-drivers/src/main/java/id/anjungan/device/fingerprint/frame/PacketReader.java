package id.anjungan.device.fingerprint.frame;

import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;
import id.anjungan.device.transport.ByteTransport;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes packets off the wire. Bytes before a packet start are skipped: the single {@code 0x55}
 * some modules send at power-on, and line noise. A header that turns out invalid (unknown PID,
 * impossible length) is rescanned from its second byte, so a real packet hidden behind noise that
 * happens to contain {@code EF 01} is still found. A packet whose checksum is wrong is reported,
 * never passed on.
 */
public final class PacketReader {

    private static final Logger LOG = LoggerFactory.getLogger(PacketReader.class);
    private static final int HEADER_AFTER_START = 8;

    private final ByteTransport transport;

    public PacketReader(ByteTransport transport) {
        this.transport = transport;
    }

    /**
     * Reads the next valid packet.
     *
     * @throws DeviceException {@link DeviceError#TRANSPORT_TIMEOUT} when no complete packet arrives within
     *                         {@code timeout}, {@link DeviceError#FINGERPRINT_CORRUPT_REPLY} for a checksum mismatch
     */
    public R30xPacket read(Duration timeout) {
        Source source = new Source(System.nanoTime() + timeout.toNanos(), timeout);
        while (true) {
            if (source.next() != R30xPacket.START_HIGH) {
                source.skipped++;
                continue;
            }
            int[] header = source.next(HEADER_AFTER_START);
            int length = (header[6] << 8) | header[7];
            if (header[0] != R30xPacket.START_LOW || PacketType.of(header[5]).isEmpty()
                    || length < 3 || length > R30xPacket.MAX_PAYLOAD + 2) {
                source.skipped++;
                source.replay(header);
                continue;
            }
            if (source.skipped > 0) {
                LOG.debug("Skipped {} byte(s) before a packet (power-on byte or noise)", source.skipped);
            }
            return finish(source, header, length);
        }
    }

    private static R30xPacket finish(Source source, int[] header, int length) {
        byte[] payload = new byte[length - 2];
        int[] body = source.next(length);
        for (int i = 0; i < payload.length; i++) {
            payload[i] = (byte) body[i];
        }
        int sent = (body[length - 2] << 8) | body[length - 1];
        int computed = R30xPacket.checksum(header[5], length, payload);
        if (sent != computed) {
            throw new DeviceException(DeviceError.FINGERPRINT_CORRUPT_REPLY,
                    String.format("checksum %04X on the wire, %04X computed over %d bytes", sent, computed, payload.length));
        }
        long address = ((long) header[1] << 24) | (header[2] << 16) | (header[3] << 8) | header[4];
        return new R30xPacket(address, PacketType.of(header[5]).orElseThrow(), payload);
    }

    /** Bytes from the transport, with rescanned bytes served first, all within one deadline. */
    private final class Source {
        private final long deadline;
        private final Duration timeout;
        private final Deque<Integer> replayed = new ArrayDeque<>();
        private int skipped;
        private int taken;

        Source(long deadline, Duration timeout) {
            this.deadline = deadline;
            this.timeout = timeout;
        }

        int next() {
            Integer again = replayed.pollFirst();
            if (again != null) {
                return again;
            }
            long left = deadline - System.nanoTime();
            OptionalInt value = left > 0 ? transport.read(Duration.ofNanos(left)) : OptionalInt.empty();
            if (value.isEmpty()) {
                throw new DeviceException(DeviceError.TRANSPORT_TIMEOUT, describeTimeout());
            }
            taken++;
            return value.getAsInt();
        }

        int[] next(int count) {
            int[] values = new int[count];
            for (int i = 0; i < count; i++) {
                values[i] = next();
            }
            return values;
        }

        void replay(int[] values) {
            for (int i = values.length - 1; i >= 0; i--) {
                replayed.addFirst(values[i]);
            }
        }

        private String describeTimeout() {
            String where = transport.describe() + " sent no complete packet within " + timeout.toMillis() + " ms";
            return taken == 0 ? where + " (no answer at all)" : where + " (" + taken + " bytes received, " + skipped + " skipped)";
        }
    }
}
