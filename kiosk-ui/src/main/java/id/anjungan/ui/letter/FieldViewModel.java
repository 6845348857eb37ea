package id.anjungan.ui.letter;

import id.anjungan.backend.letter.FieldType;
import id.anjungan.backend.letter.FormField;
import id.anjungan.ui.i18n.Message;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One input of a letter form: its answer and the message shown under it (ours or the server's). */
public final class FieldViewModel {

    /** OpenSID's date inputs send day-month-year. */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern NUMBER = Pattern.compile("\\d+([.,]\\d+)?");

    private final FormField field;
    private final StringProperty value = new SimpleStringProperty("");
    private final ObjectProperty<Message> error = new SimpleObjectProperty<>();

    FieldViewModel(FormField field) {
        this.field = field;
        value.addListener((obs, old, now) -> error.set(null));
    }

    /** Checks the answer on the kiosk; true when it may be sent. */
    boolean validate() {
        String answer = value.get() == null ? "" : value.get().trim();
        if (answer.isEmpty()) {
            error.set(field.required() ? Message.of("form.required") : null);
            return !field.required();
        }
        if (field.type() == FieldType.NUMBER && !NUMBER.matcher(answer).matches()) {
            error.set(Message.of("form.numberOnly"));
            return false;
        }
        if (field.type() == FieldType.DATE && !isDate(answer)) {
            error.set(Message.of("form.dateFormat"));
            return false;
        }
        if (field.type() == FieldType.SELECT && field.options().stream().noneMatch(o -> o.value().equals(answer))) {
            error.set(Message.of("form.choose"));
            return false;
        }
        error.set(null);
        return true;
    }

    private static boolean isDate(String answer) {
        try {
            LocalDate.parse(answer, DATE);
            return true;
        } catch (DateTimeParseException notADate) {
            return false;
        }
    }

    /** The answer as the resident reads it on the confirm page (the option's label for a select). */
    public String shown() {
        String answer = value.get() == null ? "" : value.get().trim();
        return field.options().stream().filter(o -> o.value().equals(answer)).map(o -> o.label()).findFirst().orElse(answer);
    }

    public FormField field() {
        return field;
    }

    public StringProperty value() {
        return value;
    }

    public ObjectProperty<Message> error() {
        return error;
    }
}
