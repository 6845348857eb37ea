package id.anjungan.device.escpos.command;

import id.anjungan.device.api.Alignment;

/** {@code ESC a n}: justification of the following lines, images and symbols (0 left, 1 centre, 2 right). */
public final class JustificationCommand implements EscPosCommand {

    private final Alignment alignment;

    public JustificationCommand(Alignment alignment) {
        this.alignment = alignment;
    }

    @Override
    public byte[] bytes() {
        int n = switch (alignment) {
            case LEFT -> 0;
            case CENTER -> 1;
            case RIGHT -> 2;
        };
        return new byte[] {Bytes.ESC, 'a', (byte) n};
    }
}
