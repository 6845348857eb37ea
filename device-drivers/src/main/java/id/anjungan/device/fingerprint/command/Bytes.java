package id.anjungan.device.fingerprint.command;

/** Big-endian parameter encoding shared by the commands. */
final class Bytes {

    private Bytes() {
    }

    static byte[] of(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    static int high(int value) {
        return (value >> 8) & 0xFF;
    }

    static int low(int value) {
        return value & 0xFF;
    }

    /** A buffer id: the module has two character buffers. */
    static int buffer(int buffer) {
        if (buffer != 1 && buffer != 2) {
            throw new IllegalArgumentException("character buffer must be 1 or 2, was " + buffer);
        }
        return buffer;
    }

    /** A page or count: two bytes on the wire. */
    static int unsigned16(String what, int value) {
        if (value < 0 || value > 0xFFFF) {
            throw new IllegalArgumentException(what + " must be 0 to 65535, was " + value);
        }
        return value;
    }
}
