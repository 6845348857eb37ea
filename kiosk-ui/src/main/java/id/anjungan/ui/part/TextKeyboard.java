package id.anjungan.ui.part;

import id.anjungan.ui.i18n.Texts;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The on-screen keyboard for text fields (a kiosk has no physical one). Types into whichever field's value is
 * {@link #target()}; capitals only, as village letters are written in capitals anyway.
 */
public final class TextKeyboard extends VBox {

    private static final String[] ROWS = {"1234567890", "QWERTYUIOP", "ASDFGHJKL-", "ZXCVBNM,./"};

    private final ObjectProperty<StringProperty> target = new SimpleObjectProperty<>();

    public TextKeyboard(Texts texts) {
        getStyleClass().add("keyboard");
        setSpacing(8);
        for (String row : ROWS) {
            HBox keys = new HBox(8);
            for (char c : row.toCharArray()) {
                Button key = new Button(String.valueOf(c));
                key.setId("kb-" + c);
                key.setFocusTraversable(false);
                key.setOnAction(e -> type(String.valueOf(c)));
                keys.getChildren().add(key);
            }
            getChildren().add(keys);
        }
        Button space = wide(texts, "keyboard.space", 480);
        space.setOnAction(e -> type(" "));
        Button delete = wide(texts, "keyboard.delete", 200);
        delete.setOnAction(e -> delete());
        Button clear = wide(texts, "keyboard.clear", 200);
        clear.setOnAction(e -> {
            if (target.get() != null) {
                target.get().set("");
            }
        });
        Button done = wide(texts, "keyboard.done", 200);
        done.setId("kb-done");
        done.getStyleClass().add("primary");
        done.setOnAction(e -> target.set(null));
        getChildren().add(new HBox(8, space, delete, clear, done));
        // shown only while a field takes typing, so the form keeps the screen otherwise
        visibleProperty().bind(target.isNotNull());
        managedProperty().bind(visibleProperty());
    }

    private static Button wide(Texts texts, String key, double width) {
        Button button = new Button();
        button.textProperty().bind(texts.bind(key));
        button.setMinWidth(width);
        button.setFocusTraversable(false);
        return button;
    }

    private void type(String text) {
        StringProperty field = target.get();
        if (field != null) {
            field.set((field.get() == null ? "" : field.get()) + text);
        }
    }

    private void delete() {
        StringProperty field = target.get();
        if (field != null && field.get() != null && !field.get().isEmpty()) {
            field.set(field.get().substring(0, field.get().length() - 1));
        }
    }

    /** The value the keys type into; null disables the keyboard. */
    public ObjectProperty<StringProperty> target() {
        return target;
    }
}
