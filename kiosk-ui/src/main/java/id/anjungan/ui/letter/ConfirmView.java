package id.anjungan.ui.letter;

import id.anjungan.ui.i18n.Texts;
import id.anjungan.ui.part.Ui;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The confirm page: every answer once more, then send. */
public final class ConfirmView extends VBox {

    private final GridPane summary = new GridPane();

    public ConfirmView(LetterFormViewModel model, Texts texts) {
        getStyleClass().add("screen");
        summary.setHgap(24);
        summary.setVgap(12);
        ScrollPane scroll = new ScrollPane(summary);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        HBox actions = new HBox(20, Ui.button(texts, "confirm.edit", model::edit),
                Ui.button(texts, "confirm.send", model::send, "primary"));
        getChildren().addAll(Ui.label(texts, "confirm.title", "title"), Ui.message(texts, model.message(), "error"), scroll, actions);
        visibleProperty().addListener((obs, was, now) -> {
            if (now) {
                fill(model, texts);
            }
        });
    }

    private void fill(LetterFormViewModel model, Texts texts) {
        summary.getChildren().clear();
        int row = 0;
        summary.add(bold(texts.get("home.buatSurat")), 0, row);
        summary.add(plain(model.type().get() == null ? "" : model.type().get().name()), 1, row++);
        for (FieldViewModel field : model.fields()) {
            summary.add(bold(field.field().label()), 0, row);
            summary.add(plain(field.shown()), 1, row++);
        }
        for (RequirementViewModel requirement : model.requirements()) {
            summary.add(bold(requirement.requirement().name()), 0, row);
            summary.add(plain(requirement.choice().get() == null ? "" : requirement.choice().get().label()), 1, row++);
        }
    }

    private static Label bold(String text) {
        Label label = plain(text);
        label.getStyleClass().add("field-label");
        return label;
    }

    private static Label plain(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }
}
