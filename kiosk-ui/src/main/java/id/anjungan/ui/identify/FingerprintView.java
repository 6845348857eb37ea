package id.anjungan.ui.identify;

import id.anjungan.ui.i18n.Texts;
import id.anjungan.ui.part.Ui;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The fingerprint step: one large instruction that follows the reader, the session's word on a miss, and back. */
public final class FingerprintView extends VBox {

    public FingerprintView(FingerprintViewModel model, Texts texts) {
        getStyleClass().add("screen");
        setAlignment(Pos.CENTER);
        setSpacing(32);
        Label guidance = Ui.message(texts, model.guidance(), "title");
        guidance.setId("finger-guidance");
        getChildren().addAll(Ui.label(texts, "finger.title", "subtitle"), guidance, Ui.message(texts, model.message(), "error"),
                Ui.button(texts, "back", model::back));
    }
}
