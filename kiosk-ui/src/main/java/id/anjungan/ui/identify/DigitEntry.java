package id.anjungan.ui.identify;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** Digits typed on the on-screen keypad, up to a length; shown as they are (NIK) or masked (PIN). */
public final class DigitEntry {

    private final int maxLength;
    private final boolean masked;
    private final ReadOnlyStringWrapper digits = new ReadOnlyStringWrapper("");

    public DigitEntry(int maxLength, boolean masked) {
        this.maxLength = maxLength;
        this.masked = masked;
    }

    /** Adds a digit; anything else, or a digit past the length, is ignored. */
    public void type(char key) {
        if (key >= '0' && key <= '9' && digits.get().length() < maxLength) {
            digits.set(digits.get() + key);
        }
    }

    public void delete() {
        String now = digits.get();
        if (!now.isEmpty()) {
            digits.set(now.substring(0, now.length() - 1));
        }
    }

    public void clear() {
        digits.set("");
    }

    /** Replaces everything with what a scanner read, keeping only the digits. */
    public void fill(String text) {
        clear();
        text.chars().forEach(c -> type((char) c));
    }

    public String value() {
        return digits.get();
    }

    public int length() {
        return digits.get().length();
    }

    public ReadOnlyStringProperty digits() {
        return digits.getReadOnlyProperty();
    }

    /** What the screen shows: the digits in groups of four, or one dot per digit for a PIN. */
    public StringBinding display() {
        return Bindings.createStringBinding(() -> masked ? "\u25CF".repeat(length()) : grouped(digits.get()), digits);
    }

    private static String grouped(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                out.append(' ');
            }
            out.append(text.charAt(i));
        }
        return out.toString();
    }
}
