package id.anjungan.ui.collect;

import id.anjungan.ui.i18n.Texts;
import id.anjungan.ui.part.PdfPreview;
import id.anjungan.ui.part.Ui;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** A document printing: page 1 on the left, the progress and the outcome on the right. */
public final class PrintJobView extends HBox {

    public PrintJobView(PrintJobViewModel model, Texts texts) {
        getStyleClass().add("screen");
        setAlignment(Pos.CENTER);
        setSpacing(48);
        ImageView preview = new ImageView();
        preview.setFitHeight(620);
        preview.setPreserveRatio(true);
        preview.getStyleClass().add("preview");
        preview.setId("pdf-preview");
        model.preview().addListener((obs, old, pdf) -> preview.setImage(pdf == null ? null : PdfPreview.firstPage(pdf, 60)));
        Button done = Ui.button(texts, "ticket.done", model::finish, "primary");
        Label waiting = Ui.label(texts, "collect.printingStart", "subtitle");
        waiting.visibleProperty().bind(model.message().isNull());
        VBox right = new VBox(24, waiting, Ui.message(texts, model.message(), "notice"), done);
        right.setAlignment(Pos.CENTER_LEFT);
        right.setMaxWidth(600);
        getChildren().addAll(preview, right);
    }
}
