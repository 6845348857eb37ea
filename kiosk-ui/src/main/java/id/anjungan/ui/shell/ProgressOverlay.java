package id.anjungan.ui.shell;

import id.anjungan.ui.i18n.Texts;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The one progress overlay: whenever work runs it blocks the screen (no double taps); the spinner and words appear
 * after a short moment, so quick answers do not flash, and every wait over one second is shown.
 */
public final class ProgressOverlay extends StackPane {

    public ProgressOverlay(Tasks tasks, Texts texts) {
        setId("progress-overlay");
        Label words = new Label();
        words.getStyleClass().add("subtitle");
        words.setWrapText(true);
        words.textProperty().bind(Bindings.createStringBinding(
                () -> tasks.activity().get() == null ? "" : texts.format(tasks.activity().get()),
                tasks.activity(), texts.localeProperty()));
        VBox dialog = new VBox(28, new ProgressIndicator(), words);
        dialog.getStyleClass().add("dialog");
        dialog.setVisible(false);
        getChildren().add(dialog);
        PauseTransition delay = new PauseTransition(Duration.millis(400));
        delay.setOnFinished(e -> {
            dialog.setVisible(tasks.busy());
            getStyleClass().setAll(tasks.busy() ? "overlay" : "");
        });
        tasks.activity().addListener((obs, old, now) -> {
            setVisible(now != null);
            if (now == null) {
                delay.stop();
                dialog.setVisible(false);
                getStyleClass().clear();
            } else if (old == null) {
                delay.playFromStart();
            }
        });
        setVisible(false);
    }
}
