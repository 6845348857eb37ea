package id.anjungan.ui.demo;

import id.anjungan.ui.i18n.Texts;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * Present only in demo mode: what a developer or trainer needs to walk the journey without hardware. A card tap and a
 * QR scan are typed into the window as a keyboard-wedge reader types them, so they take the real way in (the scene's
 * key filter, the device layer's wedge decoder, the session). It names the folders where tickets and letters go.
 */
public final class DeveloperPanel extends VBox {

    /** Budi Santoso's card number as demo-village records it ({@code tag_id_card}), typed as a decimal wedge reader does. */
    static final String DEMO_CARD = "1234567890";
    /** Budi Santoso's NIK in a QR code, with the AIM identifier a wedge scanner sends before a QR's text. */
    static final String DEMO_QR = "]Q13301051203800001";

    private final FlowPane buttons = new FlowPane(8, 8);

    public DeveloperPanel(Scene scene, Texts texts, Path dataDir) {
        getStyleClass().add("dev-panel");
        setId("dev-panel");
        Label title = new Label();
        title.textProperty().bind(texts.bind("demo.title"));
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.getChildren().addAll(title, button(texts, "demo.tapCard", () -> WedgeTyping.type(scene, DEMO_CARD)),
                button(texts, "demo.scanQr", () -> WedgeTyping.type(scene, DEMO_QR)));
        Label folder = new Label();
        folder.setId("demo-folder");
        folder.setWrapText(true);
        folder.textProperty().bind(Bindings.createStringBinding(() -> texts.get("demo.folder", dataDir.resolve("receipts"),
                dataDir.resolve("a4")), texts.localeProperty()));
        getChildren().addAll(buttons, folder);
    }

    /** Adds a control for one simulator (a printer fault, a finger on the reader). */
    public void add(javafx.scene.Node control) {
        buttons.getChildren().add(control);
    }

    static Button button(Texts texts, String key, Runnable action) {
        Button button = new Button();
        button.textProperty().bind(texts.bind(key));
        button.setId(key.replace('.', '-'));
        button.setFocusTraversable(false);
        button.setOnAction(e -> action.run());
        return button;
    }
}
