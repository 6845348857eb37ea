package id.anjungan.device.escpos.command;

import java.util.Arrays;

/**
 * Printable characters followed by {@code LF}, which prints the line and feeds one line. Control
 * bytes are refused: text must never be able to smuggle a command to the printer.
 */
public final class PrintLineCommand implements EscPosCommand {

    private final byte[] text;

    public PrintLineCommand(byte[] text) {
        for (byte b : text) {
            int c = b & 0xFF;
            if (c < 0x20 || c == 0x7F) {
                throw new IllegalArgumentException("control byte 0x" + Integer.toHexString(c) + " in printable text");
            }
        }
        this.text = text.clone();
    }

    @Override
    public byte[] bytes() {
        byte[] out = Arrays.copyOf(text, text.length + 1);
        out[text.length] = Bytes.LF;
        return out;
    }
}
