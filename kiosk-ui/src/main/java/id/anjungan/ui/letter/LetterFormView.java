package id.anjungan.ui.letter;

import id.anjungan.ui.i18n.Texts;
import id.anjungan.ui.part.TextKeyboard;
import id.anjungan.ui.part.Ui;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The form generated from {@code form_surat}, with the on-screen keyboard below it. */
public final class LetterFormView extends VBox {

    public LetterFormView(LetterFormViewModel model, Texts texts) {
        getStyleClass().add("screen");
        Label title = new Label();
        title.getStyleClass().add("title");
        title.textProperty().bind(Bindings.createStringBinding(() -> model.type().get() == null ? "" : model.type().get().name(),
                model.type()));
        TextKeyboard keyboard = new TextKeyboard(texts);
        VBox fields = new VBox(16);
        ScrollPane scroll = new ScrollPane(fields);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        model.fields().addListener((ListChangeListener<FieldViewModel>) c -> {
            keyboard.target().set(null);
            fields.getChildren().clear();
            for (FieldViewModel field : model.fields()) {
                Label label = new Label(field.field().label() + (field.field().required() ? " *" : ""));
                label.getStyleClass().add("field-label");
                label.setWrapText(true);
                fields.getChildren().addAll(label, FieldInputs.input(field, keyboard), Ui.message(texts, field.error(), "error"));
            }
            for (RequirementViewModel requirement : model.requirements()) {
                Label label = new Label(texts.get("form.syarat", requirement.requirement().name()));
                label.getStyleClass().add("field-label");
                label.setWrapText(true);
                fields.getChildren().addAll(label, FieldInputs.requirement(requirement));
            }
        });
        HBox actions = new HBox(20, Ui.button(texts, "back", model::back), Ui.button(texts, "form.review", model::review, "primary"));
        getChildren().addAll(title, Ui.message(texts, model.message(), "error"), scroll, keyboard, actions);
    }
}
