package id.anjungan.ui.lockdown;

import javafx.geometry.Rectangle2D;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;

/** A kiosk window: fullscreen, no decorations, no exit hint, no key combination that leaves fullscreen. */
public final class Lockdown {

    private Lockdown() {
    }

    /**
     * Call before the stage is shown: no decorations (the style cannot change after), the whole screen, and no way
     * out by keyboard or window manager.
     */
    public static void prepare(Stage stage) {
        if (!stage.isShowing() && stage.getStyle() != StageStyle.UNDECORATED) {
            stage.initStyle(StageStyle.UNDECORATED);
        }
        Rectangle2D screen = Screen.getPrimary().getBounds();
        stage.setX(screen.getMinX());
        stage.setY(screen.getMinY());
        stage.setWidth(screen.getWidth());
        stage.setHeight(screen.getHeight());
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setResizable(false);
        // a window manager's close button or Alt+F4 must not end the kiosk; only the operator exit does
        stage.setOnCloseRequest(event -> event.consume());
    }

    /**
     * Call once the stage shows: fullscreen. (Asked for before the window has focus, Monocle's headless glass fails
     * with no focused window; a shown window has it.)
     */
    public static void enter(Stage stage) {
        stage.setFullScreen(true);
    }
}
