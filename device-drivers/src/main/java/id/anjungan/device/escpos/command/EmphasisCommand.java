package id.anjungan.device.escpos.command;

/** {@code ESC E n}: emphasised (bold) printing on ({@code n = 1}) or off ({@code n = 0}). */
public final class EmphasisCommand implements EscPosCommand {

    private final boolean on;

    public EmphasisCommand(boolean on) {
        this.on = on;
    }

    @Override
    public byte[] bytes() {
        return new byte[] {Bytes.ESC, 'E', (byte) (on ? 1 : 0)};
    }
}
