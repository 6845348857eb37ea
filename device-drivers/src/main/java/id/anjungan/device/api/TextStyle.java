package id.anjungan.device.api;

import java.util.Objects;

/**
 * How a receipt line is printed.
 *
 * @param alignment left, centre or right
 * @param bold      emphasised
 * @param width     character width multiplier, 1 to 8
 * @param height    character height multiplier, 1 to 8
 */
public record TextStyle(Alignment alignment, boolean bold, int width, int height) {

    /** Left-aligned, regular weight, normal size. */
    public static final TextStyle NORMAL = new TextStyle(Alignment.LEFT, false, 1, 1);

    public TextStyle {
        Objects.requireNonNull(alignment, "alignment");
        if (width < 1 || width > 8 || height < 1 || height > 8) {
            throw new IllegalArgumentException("size multipliers must be 1..8, got " + width + "x" + height);
        }
    }

    /** This style, aligned as given. */
    public TextStyle aligned(Alignment newAlignment) {
        return new TextStyle(newAlignment, bold, width, height);
    }

    /** This style, emphasised. */
    public TextStyle emphasised() {
        return new TextStyle(alignment, true, width, height);
    }

    /** This style with the given size multipliers. */
    public TextStyle size(int newWidth, int newHeight) {
        return new TextStyle(alignment, bold, newWidth, newHeight);
    }
}
