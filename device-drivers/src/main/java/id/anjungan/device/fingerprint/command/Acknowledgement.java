package id.anjungan.device.fingerprint.command;

import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;
import java.util.Arrays;

/**
 * The payload of an acknowledgement packet: a confirmation code and any data after it.
 * {@link #toString()} leaves the data out.
 */
public final class Acknowledgement {

    private final int code;
    private final byte[] data;

    private Acknowledgement(int code, byte[] data) {
        this.code = code;
        this.data = data;
    }

    /** Splits an acknowledgement payload; it has at least the confirmation code. */
    public static Acknowledgement of(byte[] payload) {
        if (payload.length == 0) {
            throw new DeviceException(DeviceError.FINGERPRINT_PROTOCOL, "acknowledgement without a confirmation code");
        }
        return new Acknowledgement(payload[0] & 0xFF, Arrays.copyOfRange(payload, 1, payload.length));
    }

    public int code() {
        return code;
    }

    /** Throws the error for the confirmation code unless it is {@link ConfirmationCode#OK}. */
    public Acknowledgement requireOk(String instruction) {
        if (code != ConfirmationCode.OK) {
            throw ConfirmationCode.failure(instruction, code);
        }
        return this;
    }

    /** The unsigned 16-bit big-endian value at {@code offset} of the data. */
    public int unsignedShort(String instruction, int offset) {
        requireData(instruction, offset + 2);
        return ((data[offset] & 0xFF) << 8) | (data[offset + 1] & 0xFF);
    }

    /** The unsigned 32-bit big-endian value at {@code offset} of the data. */
    public long unsignedInt(String instruction, int offset) {
        return ((long) unsignedShort(instruction, offset) << 16) | unsignedShort(instruction, offset + 2);
    }

    private void requireData(String instruction, int length) {
        if (data.length < length) {
            throw new DeviceException(DeviceError.FINGERPRINT_PROTOCOL,
                    instruction + " acknowledgement carries " + data.length + " data bytes, needs " + length);
        }
    }

    @Override
    public String toString() {
        return String.format("ack code %02X with %d data bytes", code, data.length);
    }
}
