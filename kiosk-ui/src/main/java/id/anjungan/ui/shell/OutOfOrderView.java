package id.anjungan.ui.shell;

import id.anjungan.ui.i18n.Texts;
import id.anjungan.ui.part.Ui;
import javafx.collections.SetChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Says plainly that the kiosk is not fully working, which devices are down, and what still works. */
public final class OutOfOrderView extends VBox {

    public OutOfOrderView(DeviceBoard board, Texts texts) {
        getStyleClass().add("screen");
        setAlignment(Pos.CENTER);
        VBox details = new VBox(12);
        details.setAlignment(Pos.CENTER);
        Runnable fill = () -> {
            details.getChildren().clear();
            board.down().forEach(device -> details.getChildren().add(line("\u2716 " + texts.get(device.key()), "error")));
            if (board.stillWorking().isEmpty()) {
                details.getChildren().add(line(texts.get("outOfOrder.none"), "subtitle"));
            } else {
                details.getChildren().add(line(texts.get("outOfOrder.still"), "subtitle"));
                board.stillWorking().forEach(service -> details.getChildren().add(line("\u2714 " + texts.get(service.key()), "notice")));
            }
        };
        board.down().addListener((SetChangeListener<Service.Device>) c -> fill.run());
        texts.localeProperty().addListener((obs, old, now) -> fill.run());
        fill.run();
        getChildren().addAll(Ui.label(texts, "outOfOrder.title", "title"), details);
    }

    private static Label line(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        return label;
    }
}
