package id.anjungan.ui.demo;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/** Types text into a window the way a keyboard-wedge reader or scanner does: one fast burst of keys, then Enter. */
final class WedgeTyping {

    private WedgeTyping() {
    }

    static void type(Scene scene, String text) {
        // fired back to back on the UI thread: microseconds apart, far below any wedge gap, as a device types
        for (char character : (text + "\r").toCharArray()) {
            String typed = String.valueOf(character);
            KeyEvent key = new KeyEvent(KeyEvent.KEY_TYPED, typed, "", KeyCode.UNDEFINED, false, false, false, false);
            javafx.event.Event.fireEvent(scene.getRoot(), key);
        }
    }
}
