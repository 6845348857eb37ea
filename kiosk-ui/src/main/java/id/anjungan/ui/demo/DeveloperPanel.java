package id.anjungan.ui.demo;

import id.anjungan.ui.i18n.Texts;
import id.anjungan.ui.shell.KioskModels;
import id.anjungan.ui.shell.Screen;
import id.anjungan.ui.shell.Service;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.geometry.Pos;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Present only in demo mode: what a developer or trainer needs to walk the journey without hardware. It names the
 * folder where letters go.
 */
public final class DeveloperPanel extends VBox {

    /** Budi Santoso's NIK as a QR code would carry it (README, demo residents). */
    static final String DEMO_QR = "3301051203800001";

    public DeveloperPanel(KioskModels models, Texts texts, PdfFolderOutput a4, String receipts) {
        getStyleClass().add("dev-panel");
        setId("dev-panel");
        Label title = new Label();
        title.textProperty().bind(texts.bind("demo.title"));
        Button tap = new Button();
        tap.textProperty().bind(texts.bind("demo.tapCard"));
        tap.setOnAction(e -> {
            models.wake();
            models.identify.cardTapped();
        });
        Button scan = new Button();
        scan.textProperty().bind(texts.bind("demo.scanQr"));
        scan.setOnAction(e -> {
            models.wake();
            if (models.journey.current() == Screen.IDENTIFY) {
                models.identify.scanned(DEMO_QR);
            }
        });
        ToggleButton fault = new ToggleButton();
        fault.textProperty().bind(texts.bind("demo.printerFault"));
        fault.selectedProperty().addListener((obs, was, on) -> {
            a4.fault(on);
            models.devices.report(Service.Device.A4_PRINTER, !on);
        });
        Label folder = new Label();
        folder.setId("demo-folder");
        folder.textProperty().bind(Bindings.createStringBinding(() -> texts.get("demo.folder", receipts, a4.location()),
                texts.localeProperty()));
        HBox buttons = new HBox(8, title, tap, scan, fault);
        buttons.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(buttons, folder);
    }
}
