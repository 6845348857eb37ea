package id.anjungan.ui.demo;

import id.anjungan.core.session.TicketView;
import id.anjungan.device.api.FingerprintSimulation;
import id.anjungan.device.api.ReceiptPrinterSimulation;
import id.anjungan.ui.i18n.Texts;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * Present only in demo mode: what a developer or trainer needs to walk the journey without hardware. A card tap and a
 * QR scan are typed into the window as a keyboard-wedge reader types them, so they take the real way in (the scene's
 * key filter, the device layer's wedge decoder, the session); printer faults and fingers go through the simulators,
 * so the real drivers find them over their own protocols. It names the folders where tickets and letters go.
 */
public final class DeveloperPanel extends VBox {

    /** Budi Santoso's card number as demo-village records it ({@code tag_id_card}), typed as a decimal wedge reader does. */
    static final String DEMO_CARD = "1234567890";
    /** Budi Santoso's NIK in a QR code, with the AIM identifier a wedge scanner sends before a QR's text. */
    static final String DEMO_QR = "]Q13301051203800001";

    private final FlowPane buttons = new FlowPane(8, 8);
    private final Texts texts;

    public DeveloperPanel(Scene scene, Texts texts, Path dataDir) {
        this.texts = texts;
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

    /** Scans the last ticket the kiosk showed, as a returning resident would: its QR leads back to the request. */
    public void lastTicket(Scene scene, ObservableValue<TicketView> ticket) {
        StringProperty claim = new SimpleStringProperty();
        ticket.addListener((obs, old, now) -> {
            if (now != null) {
                claim.set(now.claimCode());
            }
        });
        Button scan = button(texts, "demo.scanTicket", () -> WedgeTyping.type(scene, "]Q1" + claim.get()));
        scan.disableProperty().bind(claim.isNull());
        buttons.getChildren().add(scan);
    }

    /** The simulated ticket printer's paper, switched out and back in through the simulator. */
    public void receiptPrinter(ReceiptPrinterSimulation printer) {
        ToggleButton paperOut = new ToggleButton();
        paperOut.textProperty().bind(texts.bind("demo.paperOut"));
        paperOut.setId("demo-paperOut");
        paperOut.setFocusTraversable(false);
        paperOut.selectedProperty().addListener((obs, was, out) -> printer.paperOut(out));
        buttons.getChildren().add(paperOut);
    }

    /** A finger on the simulated reader: the demo resident's enrolled one, or one the kiosk does not know. */
    public void fingerprintReader(FingerprintSimulation reader, String enrolledFinger) {
        buttons.getChildren().addAll(button(texts, "demo.placeFinger", () -> reader.placeNamedFinger(enrolledFinger)),
                button(texts, "demo.otherFinger", reader::placeUnknownFinger));
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
