package id.anjungan.device.escpos.command;

/**
 * {@code GS ! n}: character size; bits 4–6 are the width multiplier minus one, bits 0–2 the height
 * multiplier minus one.
 */
public final class CharacterSizeCommand implements EscPosCommand {

    private final int width;
    private final int height;

    public CharacterSizeCommand(int width, int height) {
        Bytes.requireRange("width multiplier", width, 1, 8);
        Bytes.requireRange("height multiplier", height, 1, 8);
        this.width = width;
        this.height = height;
    }

    @Override
    public byte[] bytes() {
        return new byte[] {Bytes.GS, '!', (byte) ((width - 1) << 4 | (height - 1))};
    }
}
