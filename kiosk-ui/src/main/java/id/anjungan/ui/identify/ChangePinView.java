package id.anjungan.ui.identify;

import id.anjungan.ui.i18n.Texts;
import id.anjungan.ui.part.NumericKeypad;
import id.anjungan.ui.part.Ui;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The forced PIN change, one masked PIN at a time. */
public final class ChangePinView extends HBox {

    public ChangePinView(ChangePinViewModel model, Texts texts) {
        getStyleClass().add("screen");
        setAlignment(Pos.CENTER);
        setSpacing(64);
        Label step = new Label();
        step.getStyleClass().add("subtitle");
        step.textProperty().bind(Bindings.createStringBinding(() -> texts.get(switch (model.step().get()) {
            case OLD -> "changePin.old";
            case NEW -> "changePin.new";
            default -> "changePin.confirm";
        }), model.step(), texts.localeProperty()));
        Label display = new Label();
        display.getStyleClass().add("entry-display");
        display.textProperty().bind(model.entry().display());
        VBox left = new VBox(20, Ui.label(texts, "changePin.title", "title"), Ui.label(texts, "changePin.why", "hint"), step,
                display, Ui.message(texts, model.message(), "error"));
        left.setMaxWidth(720);
        getChildren().addAll(left, new NumericKeypad(texts, model.entry(), model::submit));
    }
}
