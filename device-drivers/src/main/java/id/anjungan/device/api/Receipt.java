package id.anjungan.device.api;

import java.util.ArrayList;
import java.util.List;

/**
 * A small document for a receipt printer: lines, rules, a QR code, an optional logo and a cut.
 * Built with {@link #builder()}; it is independent of paper width and printer protocol.
 */
public record Receipt(List<ReceiptElement> elements) {

    public Receipt {
        elements = List.copyOf(elements);
        if (elements.isEmpty()) {
            throw new IllegalArgumentException("a receipt needs at least one element");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects receipt elements in print order. */
    public static final class Builder {
        private final List<ReceiptElement> elements = new ArrayList<>();

        private Builder() {
        }

        public Builder line(String text) {
            return line(text, TextStyle.NORMAL);
        }

        public Builder line(String text, TextStyle style) {
            elements.add(new ReceiptElement.Line(text, style));
            return this;
        }

        public Builder separator(char character) {
            elements.add(new ReceiptElement.Separator(character));
            return this;
        }

        public Builder qr(String payload) {
            elements.add(new ReceiptElement.QrCode(payload));
            return this;
        }

        public Builder logo(MonochromeImage image, Alignment alignment) {
            elements.add(new ReceiptElement.Logo(image, alignment));
            return this;
        }

        public Builder feed(int lines) {
            elements.add(new ReceiptElement.Feed(lines));
            return this;
        }

        public Builder cut(boolean partial) {
            elements.add(new ReceiptElement.Cut(partial));
            return this;
        }

        public Receipt build() {
            return new Receipt(elements);
        }
    }
}
