package id.anjungan.ui.app;

import id.anjungan.ui.shell.KioskModels;
import id.anjungan.ui.shell.Screen;
import id.anjungan.ui.wedge.WedgeDecoder;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;

/**
 * The scene-level key filter: every key goes to the wedge decoder first and is consumed, so a card or scanner burst
 * never lands in a text field. Residents type only on the on-screen keypads and keyboard.
 */
final class WedgeFilter {

    private final KioskModels models;
    private final WedgeDecoder decoder = new WedgeDecoder();

    WedgeFilter(KioskModels models) {
        this.models = models;
    }

    void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_TYPED, this::typed);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, KeyEvent::consume);
        scene.addEventFilter(KeyEvent.KEY_RELEASED, KeyEvent::consume);
    }

    private void typed(KeyEvent event) {
        event.consume();
        String character = event.getCharacter();
        if (character.isEmpty()) {
            return;
        }
        char key = character.charAt(0);
        decoder.key(key, System.nanoTime()).ifPresent(burst -> {
            models.wake();
            if (models.journey.current() == Screen.IDENTIFY) {
                if (burst.cardUid()) {
                    models.identify.cardTapped();
                } else {
                    models.identify.scanned(burst.text());
                }
            }
        });
    }
}
