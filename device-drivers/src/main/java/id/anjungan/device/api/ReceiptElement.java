package id.anjungan.device.api;

import java.util.Objects;

/** One piece of a {@link Receipt}, printed top to bottom. */
public sealed interface ReceiptElement {

    /** A line of text; longer text is word-wrapped to the paper width. */
    record Line(String text, TextStyle style) implements ReceiptElement {
        public Line {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(style, "style");
        }
    }

    /** A full-width rule drawn with one repeated character, such as {@code -} or {@code =}. */
    record Separator(char character) implements ReceiptElement {
    }

    /** A QR code carrying {@code payload}, centred. */
    record QrCode(String payload) implements ReceiptElement {
        public QrCode {
            if (payload == null || payload.isEmpty()) {
                throw new IllegalArgumentException("a QR code needs a payload");
            }
        }
    }

    /** A bitmap such as the village logo. */
    record Logo(MonochromeImage image, Alignment alignment) implements ReceiptElement {
        public Logo {
            Objects.requireNonNull(image, "image");
            Objects.requireNonNull(alignment, "alignment");
        }
    }

    /** Blank lines. */
    record Feed(int lines) implements ReceiptElement {
        public Feed {
            if (lines < 1 || lines > 255) {
                throw new IllegalArgumentException("feed must be 1..255 lines, got " + lines);
            }
        }
    }

    /** Feeds the paper past the cutter and cuts it; {@code partial} leaves a small bridge. */
    record Cut(boolean partial) implements ReceiptElement {
    }
}
