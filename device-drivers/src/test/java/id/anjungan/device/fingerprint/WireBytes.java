package id.anjungan.device.fingerprint;

import java.util.HexFormat;

/** Expected bytes written as the protocol reference prints them: hex pairs separated by spaces. */
public final class WireBytes {

    private WireBytes() {
    }

    public static byte[] hex(String spaced) {
        return HexFormat.of().parseHex(spaced.replace(" ", ""));
    }

    public static String spaced(byte[] bytes) {
        return HexFormat.ofDelimiter(" ").withUpperCase().formatHex(bytes);
    }
}
