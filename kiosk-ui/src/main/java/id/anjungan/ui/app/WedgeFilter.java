package id.anjungan.ui.app;

import id.anjungan.device.api.KeyboardWedge;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;
import javafx.util.Duration;

/**
 * The scene-level key filter: every typed character goes to the device layer's keyboard wedge first and is consumed,
 * so a card or scanner burst never lands in a text field; the wedge turns bursts into card taps and scans for the
 * session, and hands back what a person typed, which goes to the focused field. Key presses are consumed too: no key
 * combination reaches the window (lockdown).
 */
final class WedgeFilter {

    /** How often held characters are released when no key follows (the wedge's gap is a few tens of ms). */
    private static final Duration RELEASE_EVERY = Duration.millis(40);

    private final KeyboardWedge wedge;
    private Scene scene;

    WedgeFilter(KeyboardWedge wedge) {
        this.wedge = wedge;
    }

    void install(Scene target) {
        this.scene = target;
        target.addEventFilter(KeyEvent.KEY_TYPED, this::typed);
        target.addEventFilter(KeyEvent.KEY_PRESSED, KeyEvent::consume);
        target.addEventFilter(KeyEvent.KEY_RELEASED, KeyEvent::consume);
        Timeline release = new Timeline(new KeyFrame(RELEASE_EVERY, e -> passOn(wedge.idle(System.nanoTime()))));
        release.setCycleCount(Timeline.INDEFINITE);
        release.play();
    }

    private void typed(KeyEvent event) {
        event.consume();
        String character = event.getCharacter();
        if (character.isEmpty() || character.equals(KeyEvent.CHAR_UNDEFINED)) {
            return;
        }
        passOn(wedge.key(character.charAt(0), System.nanoTime()));
    }

    private void passOn(String typedByAPerson) {
        if (typedByAPerson.isEmpty()) {
            return;
        }
        Node focused = scene.getFocusOwner();
        if (focused instanceof TextInputControl field && field.isEditable()) {
            field.insertText(field.getCaretPosition(), typedByAPerson.replace("\r", "").replace("\n", ""));
        }
    }
}
