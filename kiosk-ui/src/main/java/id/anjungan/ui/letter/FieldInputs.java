package id.anjungan.ui.letter;

import id.anjungan.backend.letter.FieldOption;
import id.anjungan.backend.letter.RequirementChoice;
import id.anjungan.ui.part.TextKeyboard;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.util.StringConverter;

/** The input control for each kind of form field, bound to its view model. */
final class FieldInputs {

    private FieldInputs() {
    }

    static Node input(FieldViewModel model, TextKeyboard keyboard) {
        return switch (model.field().type()) {
            case SELECT -> select(model);
            case DATE -> date(model);
            case TEXTAREA -> text(new TextArea(), model, keyboard);
            default -> text(new TextField(), model, keyboard);
        };
    }

    private static Node text(TextInputControl input, FieldViewModel model, TextKeyboard keyboard) {
        input.textProperty().bindBidirectional(model.value());
        input.setPromptText(model.field().placeholder());
        input.setId("field-" + model.field().name());
        input.focusedProperty().addListener((obs, was, now) -> {
            if (now) {
                keyboard.target().set(model.value());
            }
        });
        if (input instanceof TextArea area) {
            area.setWrapText(true);
            area.setPrefRowCount(2);
        }
        return input;
    }

    private static Node select(FieldViewModel model) {
        ComboBox<FieldOption> box = new ComboBox<>();
        box.getItems().setAll(model.field().options());
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(FieldOption option) {
                return option == null ? "" : option.label();
            }

            @Override
            public FieldOption fromString(String text) {
                return null;
            }
        });
        box.setMaxWidth(Double.MAX_VALUE);
        box.setId("field-" + model.field().name());
        box.valueProperty().addListener((obs, old, chosen) -> model.value().set(chosen == null ? "" : chosen.value()));
        model.value().addListener((obs, old, now) -> box.getItems().stream().filter(o -> o.value().equals(now)).findFirst()
                .ifPresent(box::setValue));
        return box;
    }

    private static Node date(FieldViewModel model) {
        DatePicker picker = new DatePicker();
        picker.setEditable(false);
        picker.setId("field-" + model.field().name());
        picker.valueProperty().addListener((obs, old, day) -> model.value().set(day == null ? "" : FieldViewModel.DATE.format(day)));
        try {
            if (!model.value().get().isBlank()) {
                picker.setValue(LocalDate.parse(model.value().get(), FieldViewModel.DATE));
            }
        } catch (DateTimeParseException unreadable) {
            picker.setValue(null);
        }
        return picker;
    }

    static Node requirement(RequirementViewModel model) {
        ComboBox<RequirementChoice> box = new ComboBox<>();
        box.getItems().setAll(model.choices());
        box.setCellFactory(list -> new ChoiceCell());
        box.setButtonCell(new ChoiceCell());
        box.valueProperty().bindBidirectional(model.choice());
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private static final class ChoiceCell extends ListCell<RequirementChoice> {
        @Override
        protected void updateItem(RequirementChoice item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? "" : item.label());
        }
    }
}
