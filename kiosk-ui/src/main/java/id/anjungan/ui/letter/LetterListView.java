package id.anjungan.ui.letter;

import id.anjungan.backend.letter.LetterType;
import id.anjungan.ui.i18n.Texts;
import id.anjungan.ui.part.Ui;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** The catalogue of letters as big buttons. */
public final class LetterListView extends VBox {

    public LetterListView(LetterListViewModel model, Texts texts) {
        getStyleClass().add("screen");
        FlowPane list = new FlowPane(20, 20);
        model.types().addListener((ListChangeListener<LetterType>) change -> {
            list.getChildren().clear();
            for (LetterType type : model.types()) {
                Button button = new Button(type.name());
                button.getStyleClass().add("tile");
                button.setOnAction(e -> model.choose(type));
                list.getChildren().add(button);
            }
        });
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        getChildren().addAll(Ui.label(texts, "letters.title", "title"), Ui.message(texts, model.message(), "error"), scroll,
                Ui.button(texts, "back", model::back));
    }
}
