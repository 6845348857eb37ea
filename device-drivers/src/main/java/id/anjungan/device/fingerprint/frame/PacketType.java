package id.anjungan.device.fingerprint.frame;

import java.util.Arrays;
import java.util.Optional;

/** The packet identifier (PID) byte of the R30x protocol. */
public enum PacketType {
    /** Host to module: an instruction. */
    COMMAND(0x01),
    /** A data packet with more to follow. */
    DATA(0x02),
    /** Module to host: the answer to an instruction, starting with a confirmation code. */
    ACK(0x07),
    /** The last data packet of a transfer. */
    END_DATA(0x08);

    private final int code;

    PacketType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The type for a PID byte, or empty for a byte that is no packet type (noise). */
    public static Optional<PacketType> of(int code) {
        return Arrays.stream(values()).filter(t -> t.code == code).findFirst();
    }
}
