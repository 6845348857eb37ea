package id.anjungan.ui.requests;

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

/** The resident's requests, each with its status in words and colour. */
public final class MyRequestsView extends VBox {

    public MyRequestsView(MyRequestsViewModel model, Texts texts) {
        getStyleClass().add("screen");
        VBox list = new VBox(8);
        Runnable fill = () -> {
            list.getChildren().clear();
            for (RequestRow row : model.rows()) {
                list.getChildren().add(row(row, model, texts));
            }
        };
        model.rows().addListener((ListChangeListener<RequestRow>) c -> fill.run());
        texts.localeProperty().addListener((obs, old, now) -> fill.run());
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        HBox confirm = new HBox(24, Ui.label(texts, "requests.confirmCancel", "subtitle"),
                Ui.button(texts, "requests.keep", model::back), Ui.button(texts, "requests.confirm", model::confirmCancel, "danger"));
        confirm.getStyleClass().add("confirm-bar");
        confirm.setId("cancel-confirm");
        confirm.visibleProperty().bind(model.confirming());
        confirm.managedProperty().bind(confirm.visibleProperty());
        Button back = Ui.button(texts, "back", model::back);
        back.visibleProperty().bind(model.confirming().not());
        getChildren().addAll(Ui.label(texts, "requests.title", "title"), Ui.message(texts, model.notice(), "notice"),
                Ui.message(texts, model.message(), "error"), scroll, confirm, back);
    }

    private static HBox row(RequestRow row, MyRequestsViewModel model, Texts texts) {
        Label name = new Label(row.request().letterName());
        name.getStyleClass().add("field-label");
        name.setWrapText(true);
        Label status = new Label(texts.format(row.status()));
        status.getStyleClass().addAll("status", row.colourClass());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox box = new HBox(16, name, gap, status);
        box.getStyleClass().add("row");
        if (row.highlighted()) {
            box.getStyleClass().add("highlighted");
        }
        if (row.cancellable()) {
            box.getChildren().add(Ui.button(texts, "requests.cancel", () -> model.cancel(row), "danger"));
        }
        return box;
    }
}
