package id.anjungan.ui.collect;

import id.anjungan.backend.letter.ArchivedLetter;
import id.anjungan.ui.i18n.Texts;
import id.anjungan.ui.part.Ui;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Ambil Surat: issued letters, the signed ones with a print button. */
public final class CollectView extends VBox {

    public CollectView(CollectViewModel model, Texts texts) {
        getStyleClass().add("screen");
        VBox list = new VBox(8);
        model.letters().addListener((ListChangeListener<ArchivedLetter>) c -> {
            list.getChildren().clear();
            for (ArchivedLetter letter : model.letters()) {
                Label name = new Label(letter.letterName() == null ? letter.id() : letter.letterName());
                name.getStyleClass().add("field-label");
                name.setWrapText(true);
                Region gap = new Region();
                HBox.setHgrow(gap, Priority.ALWAYS);
                HBox row = new HBox(16, name, gap);
                row.getStyleClass().add("row");
                if (letter.printable()) {
                    Button print = Ui.button(texts, "collect.print", () -> model.print(letter), "primary");
                    row.getChildren().add(print);
                } else {
                    row.getChildren().add(Ui.label(texts, "collect.notSigned", "hint"));
                }
                list.getChildren().add(row);
            }
        });
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(Ui.label(texts, "collect.title", "title"), Ui.message(texts, model.message(), "notice"), scroll,
                Ui.button(texts, "back", model::back));
    }
}
