package id.anjungan.device.escpos.command;

/** {@code ESC t n}: selects character code table {@code n} for bytes 0x80–0xFF. */
public final class CodePageCommand implements EscPosCommand {

    private final int table;

    public CodePageCommand(int table) {
        Bytes.requireRange("code table", table, 0, 255);
        this.table = table;
    }

    @Override
    public byte[] bytes() {
        return new byte[] {Bytes.ESC, 't', (byte) table};
    }
}
