package id.anjungan.ui.survey;

import id.anjungan.ui.i18n.Texts;
import id.anjungan.ui.part.Ui;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** Four big answers, then a thank-you that ends the session. */
public final class SurveyView extends VBox {

    public SurveyView(SurveyViewModel model, Texts texts) {
        getStyleClass().add("screen");
        setAlignment(Pos.CENTER);
        setSpacing(36);
        HBox answers = new HBox(24);
        answers.setAlignment(Pos.CENTER);
        for (int score : SurveyViewModel.SCORES) {
            Button answer = Ui.button(texts, "survey." + score, () -> model.answer(score), "survey-button");
            answers.getChildren().add(answer);
        }
        answers.visibleProperty().bind(model.thanked().not());
        Button skip = Ui.button(texts, "survey.skip", model::finish);
        skip.visibleProperty().bind(model.thanked().not());
        VBox thanks = new VBox(24, Ui.label(texts, "survey.thanks", "title"), Ui.button(texts, "ok", model::finish, "primary"));
        thanks.setAlignment(Pos.CENTER);
        thanks.visibleProperty().bind(model.thanked());
        thanks.managedProperty().bind(model.thanked());
        getChildren().addAll(Ui.label(texts, "survey.title", "title"), answers, skip, thanks);
        // the thank-you stays a moment, then the kiosk is ready for the next resident without another tap
        PauseTransition goodbye = new PauseTransition(Duration.seconds(4));
        goodbye.setOnFinished(e -> {
            if (model.thanked().get()) {
                model.finish();
            }
        });
        model.thanked().addListener((obs, was, now) -> {
            if (now) {
                goodbye.playFromStart();
            } else {
                goodbye.stop();
            }
        });
    }
}
