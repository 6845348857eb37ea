package id.anjungan.ui.lockdown;

import id.anjungan.ui.i18n.Texts;
import id.anjungan.ui.part.NumericKeypad;
import id.anjungan.ui.part.Ui;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The operator PIN dialog over the whole screen. */
public final class OperatorExitView extends StackPane {

    public OperatorExitView(OperatorExitViewModel model, Texts texts) {
        getStyleClass().add("overlay");
        Label display = new Label();
        display.getStyleClass().add("entry-display");
        display.textProperty().bind(model.pin().display());
        VBox left = new VBox(16, Ui.label(texts, "operator.title", "title"), Ui.label(texts, "operator.pin", "subtitle"), display,
                Ui.message(texts, model.message(), "error"), Ui.button(texts, "cancel", model::close));
        HBox dialog = new HBox(32, left, new NumericKeypad(texts, model.pin(), model::submit));
        dialog.getStyleClass().add("dialog");
        dialog.setMaxSize(1100, 640);
        getChildren().add(dialog);
        visibleProperty().bind(model.open());
    }
}
