package id.anjungan.device.api;

/**
 * Readers and scanners that type like a keyboard. The UI's key filter feeds every typed character
 * here with its time; fast bursts ended by Enter become {@link CardTap}s or {@link ScannedCode}s for
 * the listeners, and what a person typed comes back to be passed on to the focused field.
 *
 * <p>A character is held until it is clear whether a device or a person typed it (at most the
 * configured inter-key gap), so the UI calls {@link #idle(long)} from a timer to release it.
 *
 * <p>One wedge serves both kinds: a wedge card reader and a wedge scanner type into the same keyboard stream, so the
 * kiosk opens a single wedge and its settings tell card numbers from codes. Its {@link DeviceProvider} has this
 * interface as its kind, which makes it a provider of {@code keyboard-wedge} for card readers and scanners alike
 * ({@link DeviceProviders} finds providers of sub-kinds). A wedge has no connection to supervise or close: closing
 * only drops held keys.
 */
public interface KeyboardWedge extends CardReaderDevice, CodeScannerDevice {

    /**
     * One typed character.
     *
     * @param character   the character; {@code '\r'} or {@code '\n'} for Enter
     * @param nanoTime    when it was typed, from {@link System#nanoTime()}
     * @return text a person typed that is now known not to be a device burst (often empty), to pass on
     */
    String key(char character, long nanoTime);

    /**
     * Time passed without a key.
     *
     * @param nanoTime now, from {@link System#nanoTime()}
     * @return held text that is now known to be typed by a person, to pass on
     */
    String idle(long nanoTime);
}
