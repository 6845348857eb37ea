package id.anjungan.ui.home;

import id.anjungan.ui.i18n.Texts;
import id.anjungan.ui.part.Ui;
import id.anjungan.ui.shell.DeviceBoard;
import id.anjungan.ui.shell.Service;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Six big tiles. */
public final class HomeView extends VBox {

    public HomeView(HomeViewModel model, Texts texts, DeviceBoard board) {
        getStyleClass().add("screen");
        setAlignment(Pos.CENTER);
        Label greeting = new Label();
        greeting.getStyleClass().add("title");
        greeting.textProperty().bind(Bindings.createStringBinding(() -> texts.get("home.greeting", model.residentName().get()),
                model.residentName(), texts.localeProperty()));
        GridPane tiles = new GridPane();
        tiles.setHgap(24);
        tiles.setVgap(24);
        tiles.setAlignment(Pos.CENTER);
        tiles.add(tile(texts, board, Service.BUAT_SURAT, model::buatSurat), 0, 0);
        tiles.add(tile(texts, board, Service.PERMOHONAN, model::permohonan), 1, 0);
        tiles.add(tile(texts, board, Service.AMBIL_SURAT, model::ambilSurat), 2, 0);
        tiles.add(tile(texts, board, Service.BIODATA, model::cetakBiodata), 0, 1);
        tiles.add(tile(texts, board, Service.KK, model::cetakKk), 1, 1);
        Button exit = tile(texts, "home.keluar", model::keluar);
        exit.getStyleClass().add("exit");
        tiles.add(exit, 2, 1);
        Button link = Ui.button(texts, "home.linkCard", model::linkCard, "primary");
        Label linkText = Ui.label(texts, "home.linkCardConsent", "hint");
        HBox offer = new HBox(24, linkText, link);
        offer.setAlignment(Pos.CENTER);
        offer.visibleProperty().bind(model.offerCardLink());
        offer.managedProperty().bind(offer.visibleProperty());
        getChildren().addAll(greeting, Ui.message(texts, model.notice(), "notice"), Ui.message(texts, model.message(), "error"),
                offer, tiles);
    }

    private static Button tile(Texts texts, String key, Runnable action) {
        return Ui.button(texts, key, action, "tile");
    }

    private static Button tile(Texts texts, DeviceBoard board, Service service, Runnable action) {
        Button tile = tile(texts, service.key(), action);
        tile.disableProperty().bind(board.working(service).not());
        return tile;
    }
}
