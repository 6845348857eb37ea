package id.anjungan.device.fingerprint.frame;

import id.anjungan.device.transport.ByteTransport;

/** Puts packets on the wire. */
public final class PacketWriter {

    private final ByteTransport transport;

    public PacketWriter(ByteTransport transport) {
        this.transport = transport;
    }

    /** Sends one packet. */
    public void write(R30xPacket packet) {
        transport.write(encode(packet));
        transport.flush();
    }

    /** The bytes of one packet, header to checksum. */
    public static byte[] encode(R30xPacket packet) {
        byte[] payload = packet.payload();
        int length = payload.length + 2;
        int pid = packet.type().code();
        byte[] out = new byte[9 + length];
        out[0] = (byte) R30xPacket.START_HIGH;
        out[1] = (byte) R30xPacket.START_LOW;
        long address = packet.address();
        for (int i = 0; i < 4; i++) {
            out[2 + i] = (byte) (address >>> (24 - 8 * i));
        }
        out[6] = (byte) pid;
        out[7] = (byte) (length >> 8);
        out[8] = (byte) length;
        System.arraycopy(payload, 0, out, 9, payload.length);
        int sum = R30xPacket.checksum(pid, length, payload);
        out[out.length - 2] = (byte) (sum >> 8);
        out[out.length - 1] = (byte) sum;
        return out;
    }
}
