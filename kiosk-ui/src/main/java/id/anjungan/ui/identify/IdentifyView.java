package id.anjungan.ui.identify;

import id.anjungan.ui.i18n.Texts;
import id.anjungan.ui.part.NumericKeypad;
import id.anjungan.ui.part.Ui;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The NIK on the large keypad, with the card and QR as the other ways in. */
public final class IdentifyView extends HBox {

    public IdentifyView(IdentifyViewModel model, Texts texts) {
        getStyleClass().add("screen");
        setAlignment(Pos.CENTER);
        setSpacing(64);
        Label display = new Label();
        display.getStyleClass().add("entry-display");
        display.setId("nik-display");
        display.textProperty().bind(model.nik().display());
        Label count = new Label();
        count.getStyleClass().add("hint");
        count.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> texts.get("identify.count", model.nik().length()), model.nik().digits(), texts.localeProperty()));
        VBox left = new VBox(20, Ui.label(texts, "identify.title", "title"), Ui.label(texts, "identify.hint", "hint"), display,
                count, Ui.message(texts, model.message(), "error"), Ui.label(texts, "identify.cardOrScan", "subtitle"),
                Ui.button(texts, "back", model::back));
        left.setMaxWidth(720);
        getChildren().addAll(left, new NumericKeypad(texts, model.nik(), model::submit));
    }
}
