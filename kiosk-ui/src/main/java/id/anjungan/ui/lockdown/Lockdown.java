package id.anjungan.ui.lockdown;

import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.StageStyle;

/** A kiosk window: fullscreen, no decorations, no exit hint, no key combination that leaves fullscreen. */
public final class Lockdown {

    private Lockdown() {
    }

    /** Call before the stage is shown (the style cannot change after). */
    public static void apply(Stage stage) {
        stage.initStyle(StageStyle.UNDECORATED);
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreen(true);
        stage.setResizable(false);
        // a window manager's close button or Alt+F4 must not end the kiosk; only the operator exit does
        stage.setOnCloseRequest(event -> event.consume());
    }
}
