package id.anjungan.device.escpos.command;

import java.util.HexFormat;

/** Writes expected bytes the way the reference prints them: hex pairs separated by spaces. */
final class Hex {

    private Hex() {
    }

    static byte[] bytes(String spaced) {
        return HexFormat.of().parseHex(spaced.replace(" ", ""));
    }
}
