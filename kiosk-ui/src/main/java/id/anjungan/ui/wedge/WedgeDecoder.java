package id.anjungan.ui.wedge;

import java.util.Optional;

/**
 * Tells a keyboard-wedge reader from a person: readers type a whole code with a few milliseconds between keys and
 * end with Enter; people are slower. A fast burst of at least {@link #MIN_LENGTH} characters ended by Enter is a
 * device's; anything else is a person's. (device-drivers' KeystrokeDecoder takes this role once it lands.)
 */
public final class WedgeDecoder {

    static final int MIN_LENGTH = 8;
    private static final long MAX_GAP_NANOS = 60_000_000L;

    private final StringBuilder burst = new StringBuilder();
    private long lastKey;
    private boolean fast = true;

    /** What a burst turned out to be. */
    public record Burst(String text, boolean cardUid) {
    }

    /** One typed character with its time; a completed device burst when this was its Enter. */
    public Optional<Burst> key(char character, long nanoTime) {
        boolean enter = character == '\r' || character == '\n';
        if (burst.length() > 0 && nanoTime - lastKey > MAX_GAP_NANOS) {
            fast = false;
        }
        lastKey = nanoTime;
        if (!enter) {
            if (burst.length() == 0) {
                fast = true;
            }
            burst.append(character);
            return Optional.empty();
        }
        String text = burst.toString();
        boolean device = fast && text.length() >= MIN_LENGTH;
        burst.setLength(0);
        fast = true;
        if (!device) {
            return Optional.empty();
        }
        // contract §3.3: e-KTP wedge readers type the chip UID as 10 to 17 decimal digits
        return Optional.of(new Burst(text, text.matches("\\d{10,17}") && text.length() != 16));
    }
}
