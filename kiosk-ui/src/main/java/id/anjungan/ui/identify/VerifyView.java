package id.anjungan.ui.identify;

import id.anjungan.ui.i18n.Texts;
import id.anjungan.ui.part.NumericKeypad;
import id.anjungan.ui.part.Ui;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The PIN on a masked keypad; wrong PINs and lockouts in plain words. */
public final class VerifyView extends HBox {

    public VerifyView(VerifyViewModel model, Texts texts) {
        getStyleClass().add("screen");
        setAlignment(Pos.CENTER);
        setSpacing(64);
        Label display = new Label();
        display.getStyleClass().add("entry-display");
        display.setId("pin-display");
        display.textProperty().bind(model.pin().display());
        Label nik = new Label();
        nik.getStyleClass().add("hint");
        nik.setId("masked-nik");
        nik.textProperty().bind(model.maskedNik());
        VBox left = new VBox(20, Ui.label(texts, "verify.title", "title"), nik, Ui.label(texts, "verify.hint", "hint"), display,
                Ui.message(texts, model.message(), "error"), Ui.button(texts, "back", model::back));
        left.setMaxWidth(720);
        NumericKeypad keypad = new NumericKeypad(texts, model.pin(), model::submit);
        getChildren().addAll(left, keypad);
    }
}
