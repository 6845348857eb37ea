package id.anjungan.ui.shell;

import id.anjungan.ui.i18n.Texts;
import id.anjungan.ui.part.Ui;
import java.time.Clock;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** "Apakah Anda masih di sini?" with the seconds left and one big button to stay. */
public final class IdleOverlay extends StackPane {

    public IdleOverlay(IdleViewModel model, Texts texts, Clock clock) {
        getStyleClass().add("overlay");
        setId("idle-overlay");
        Label countdown = new Label();
        countdown.getStyleClass().add("subtitle");
        countdown.textProperty().bind(Bindings.createStringBinding(() -> texts.get("idle.countdown", model.secondsLeft().get()),
                model.secondsLeft(), texts.localeProperty()));
        VBox dialog = new VBox(28, Ui.label(texts, "idle.title", "title"), countdown,
                Ui.button(texts, "idle.stay", () -> model.stay(clock.instant()), "primary"));
        dialog.getStyleClass().add("dialog");
        getChildren().add(dialog);
        visibleProperty().bind(model.warning());
    }
}
