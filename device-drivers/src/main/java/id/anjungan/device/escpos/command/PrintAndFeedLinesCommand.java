package id.anjungan.device.escpos.command;

/** {@code ESC d n}: prints the buffer and feeds {@code n} lines. */
public final class PrintAndFeedLinesCommand implements EscPosCommand {

    private final int lines;

    public PrintAndFeedLinesCommand(int lines) {
        Bytes.requireRange("lines", lines, 0, 255);
        this.lines = lines;
    }

    @Override
    public byte[] bytes() {
        return new byte[] {Bytes.ESC, 'd', (byte) lines};
    }
}
