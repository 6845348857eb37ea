package id.anjungan.device.fingerprint.frame;

import java.util.Arrays;
import java.util.Objects;

/**
 * One packet: {@code EF 01 | address(4) | PID | LEN(2) | payload | SUM(2)}, big-endian, where LEN
 * counts the payload plus the two checksum bytes. The payload may be biometric (template or image
 * data), so {@link #toString()} shows its length only.
 */
public final class R30xPacket {

    /** The two header bytes that open every packet. */
    public static final int START_HIGH = 0xEF;
    public static final int START_LOW = 0x01;
    /** The address every module answers to out of the box. */
    public static final long DEFAULT_ADDRESS = 0xFFFF_FFFFL;
    /** The largest payload a packet may carry (data packets of 256 bytes). */
    public static final int MAX_PAYLOAD = 256;

    private final long address;
    private final PacketType type;
    private final byte[] payload;

    public R30xPacket(long address, PacketType type, byte[] payload) {
        if (address < 0 || address > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("address must fit 32 bits: " + address);
        }
        if (payload.length == 0 || payload.length > MAX_PAYLOAD) {
            throw new IllegalArgumentException("payload must be 1 to " + MAX_PAYLOAD + " bytes, was " + payload.length);
        }
        this.address = address;
        this.type = Objects.requireNonNull(type, "type");
        this.payload = payload.clone();
    }

    public long address() {
        return address;
    }

    public PacketType type() {
        return type;
    }

    public byte[] payload() {
        return payload.clone();
    }

    /** The low 16 bits of PID + both LEN bytes + every payload byte. */
    public static int checksum(int pid, int length, byte[] payload) {
        int sum = pid + (length >> 8) + (length & 0xFF);
        for (byte b : payload) {
            sum += b & 0xFF;
        }
        return sum & 0xFFFF;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof R30xPacket p && p.address == address && p.type == type && Arrays.equals(p.payload, payload);
    }

    @Override
    public int hashCode() {
        return Objects.hash(address, type, Arrays.hashCode(payload));
    }

    @Override
    public String toString() {
        return type + " packet, " + payload.length + " payload bytes";
    }
}
