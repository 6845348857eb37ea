package id.anjungan.device.fingerprint.sim;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/**
 * The module's reading and writing of packets, written from the protocol description on its own
 * (it shares nothing with the driver's framing, so one misreading cannot hide on both sides).
 */
final class ModuleWire {

    static final int COMMAND = 0x01;
    static final int DATA = 0x02;
    static final int ACK = 0x07;
    static final int END_DATA = 0x08;

    /** A packet as received: where the checksum did not add up, {@code intact} is false. */
    record Received(long address, int pid, byte[] payload, boolean intact) {
    }

    private ModuleWire() {
    }

    /** Waits for the next packet, skipping bytes until {@code EF 01}; null when the stream ends. */
    static Received receive(InputStream in) throws IOException {
        int previous = -1;
        while (true) {
            int current = in.read();
            if (current < 0) {
                return null;
            }
            if (previous == 0xEF && current == 0x01) {
                return rest(in);
            }
            previous = current;
        }
    }

    private static Received rest(InputStream in) throws IOException {
        long address = 0;
        for (int i = 0; i < 4; i++) {
            address = (address << 8) | take(in);
        }
        int pid = take(in);
        int length = (take(in) << 8) | take(in);
        if (length < 2 || length > 258) {
            return new Received(address, pid, new byte[0], false);
        }
        byte[] payload = new byte[length - 2];
        int sum = pid + (length >> 8) + (length & 0xFF);
        for (int i = 0; i < payload.length; i++) {
            int b = take(in);
            payload[i] = (byte) b;
            sum += b;
        }
        int sent = (take(in) << 8) | take(in);
        return new Received(address, pid, payload, sent == (sum & 0xFFFF));
    }

    private static int take(InputStream in) throws IOException {
        int b = in.read();
        if (b < 0) {
            throw new EOFException("stream ended inside a packet");
        }
        return b;
    }

    /** An acknowledgement packet; {@code spoilChecksum} sends a checksum off by one, as line noise would. */
    static byte[] acknowledgement(long address, byte[] payload, boolean spoilChecksum) {
        return packet(address, ACK, payload, spoilChecksum);
    }

    /** Any packet from the module: {@link #ACK}, {@link #DATA} or {@link #END_DATA}. */
    static byte[] packet(long address, int pid, byte[] payload, boolean spoilChecksum) {
        int length = payload.length + 2;
        byte[] packet = new byte[9 + payload.length + 2];
        packet[0] = (byte) 0xEF;
        packet[1] = 0x01;
        packet[2] = (byte) (address >> 24);
        packet[3] = (byte) (address >> 16);
        packet[4] = (byte) (address >> 8);
        packet[5] = (byte) address;
        packet[6] = (byte) pid;
        packet[7] = (byte) (length >> 8);
        packet[8] = (byte) length;
        int sum = pid + (length >> 8) + (length & 0xFF);
        for (int i = 0; i < payload.length; i++) {
            packet[9 + i] = payload[i];
            sum += payload[i] & 0xFF;
        }
        if (spoilChecksum) {
            sum++;
        }
        packet[packet.length - 2] = (byte) (sum >> 8);
        packet[packet.length - 1] = (byte) sum;
        return packet;
    }
}
