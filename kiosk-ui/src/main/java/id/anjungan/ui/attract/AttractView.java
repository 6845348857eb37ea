package id.anjungan.ui.attract;

import id.anjungan.ui.i18n.Texts;
import id.anjungan.ui.part.Ui;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;

/** The attract screen; a touch anywhere wakes it. */
public final class AttractView extends VBox {

    public AttractView(AttractViewModel model, Texts texts) {
        getStyleClass().add("attract");
        setId("attract");
        ImageView logo = new ImageView();
        logo.setFitHeight(160);
        logo.setPreserveRatio(true);
        model.logoUrl().addListener((obs, old, url) -> logo.setImage(url == null ? null : new Image(url, true)));
        Label village = new Label();
        village.getStyleClass().add("village");
        village.textProperty().bind(Bindings.createStringBinding(
                () -> model.villageName().get().isEmpty() ? texts.get("app.title") : model.villageName().get(),
                model.villageName(), texts.localeProperty()));
        Label clock = new Label();
        clock.getStyleClass().add("clock");
        clock.textProperty().bind(model.time());
        Label date = new Label();
        date.getStyleClass().add("date");
        date.textProperty().bind(model.date());
        Label invitation = new Label();
        invitation.getStyleClass().add("invitation");
        invitation.textProperty().bind(Bindings.createStringBinding(() -> texts.get(model.invitation().get()),
                model.invitation(), texts.localeProperty()));
        Label touch = new Label();
        touch.getStyleClass().add("subtitle");
        touch.textProperty().bind(texts.bind("attract.touch"));
        getChildren().addAll(logo, village, clock, date, Ui.message(texts, model.farewell(), "notice"), invitation, touch);
        setOnMouseClicked(e -> model.wake());
        setOnTouchPressed(e -> model.wake());
    }
}
