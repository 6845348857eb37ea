package id.anjungan.ui.part;

import id.anjungan.ui.i18n.Texts;
import id.anjungan.ui.identify.DigitEntry;
import javafx.scene.control.Button;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;

/** The large on-screen numeric keypad for the NIK and PINs: 1–9, Hapus, 0, OK. */
public final class NumericKeypad extends GridPane {

    public NumericKeypad(Texts texts, DigitEntry entry, Runnable ok) {
        getStyleClass().add("keypad");
        setHgap(12);
        setVgap(12);
        for (int digit = 1; digit <= 9; digit++) {
            add(key(entry, (char) ('0' + digit)), (digit - 1) % 3, (digit - 1) / 3);
        }
        Button delete = new Button();
        delete.textProperty().bind(texts.bind("keyboard.delete"));
        delete.setOnAction(e -> entry.delete());
        delete.setId("key-delete");
        delete.getStyleClass().add("keypad-word");
        Button okButton = new Button();
        okButton.textProperty().bind(texts.bind("ok"));
        okButton.getStyleClass().add("keypad-ok");
        okButton.setOnAction(e -> ok.run());
        okButton.setId("key-ok");
        add(delete, 0, 3);
        add(key(entry, '0'), 1, 3);
        add(okButton, 2, 3);
        for (int column = 0; column < 3; column++) {
            ColumnConstraints equal = new ColumnConstraints();
            equal.setPercentWidth(100.0 / 3);
            getColumnConstraints().add(equal);
        }
        getChildren().forEach(node -> ((Button) node).setMaxWidth(Double.MAX_VALUE));
    }

    private static Button key(DigitEntry entry, char digit) {
        Button key = new Button(String.valueOf(digit));
        key.setId("key-" + digit);
        key.setFocusTraversable(false);
        key.setOnAction(e -> entry.type(digit));
        return key;
    }
}
