package id.anjungan.ui.part;

import id.anjungan.ui.i18n.Message;
import id.anjungan.ui.i18n.Texts;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;

/** Small builders every screen uses: texts bound to the bundles, so a language switch reaches every label. */
public final class Ui {

    private Ui() {
    }

    public static Label label(Texts texts, String key, String styleClass) {
        Label label = new Label();
        label.textProperty().bind(texts.bind(key));
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        return label;
    }

    public static Button button(Texts texts, String key, Runnable action, String... styleClasses) {
        Button button = new Button();
        button.textProperty().bind(texts.bind(key));
        button.getStyleClass().addAll(styleClasses);
        button.setOnAction(e -> action.run());
        button.setId(key.replace('.', '-'));
        return button;
    }

    /** A label showing a view model's message (hidden while there is none). */
    public static Label message(Texts texts, ObservableValue<Message> message, String styleClass) {
        Label label = new Label();
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.textProperty().bind(Bindings.createStringBinding(
                () -> message.getValue() == null ? "" : texts.format(message.getValue()), message, texts.localeProperty()));
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}
