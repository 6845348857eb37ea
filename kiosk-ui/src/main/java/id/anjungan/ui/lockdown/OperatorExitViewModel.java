package id.anjungan.ui.lockdown;

import id.anjungan.ui.i18n.Message;
import id.anjungan.ui.identify.DigitEntry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hidden way out for staff: a long press in the top-left corner opens a PIN keypad; the operator PIN from the
 * configuration closes the kiosk. Residents see no exit hint and no key combination works.
 */
public final class OperatorExitViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(OperatorExitViewModel.class);

    private volatile byte[] operatorPin;
    private final Runnable exit;
    private final DigitEntry pin = new DigitEntry(12, true);
    private final BooleanProperty open = new SimpleBooleanProperty();
    private final ObjectProperty<Message> message = new SimpleObjectProperty<>();

    /** Until {@link #configure} (the configuration is still being read at start-up) no PIN opens the exit. */
    public OperatorExitViewModel(Runnable exit) {
        this.exit = Objects.requireNonNull(exit, "exit");
    }

    /** The operator PIN from the configuration. */
    public void configure(String pinFromConfiguration) {
        if (pinFromConfiguration == null || !pinFromConfiguration.matches("\\d{6,12}")) {
            throw new IllegalArgumentException("the operator PIN must be 6 to 12 digits");
        }
        this.operatorPin = pinFromConfiguration.getBytes(StandardCharsets.US_ASCII);
    }

    /** The long press in the corner. */
    public void reveal() {
        pin.clear();
        message.set(null);
        open.set(true);
    }

    public void submit() {
        byte[] typed = pin.value().getBytes(StandardCharsets.US_ASCII);
        pin.clear();
        byte[] expected = operatorPin;
        if (expected != null && MessageDigest.isEqual(typed, expected)) {
            LOG.info("operator exit");
            open.set(false);
            exit.run();
        } else {
            LOG.warn("operator exit refused: wrong operator PIN");
            message.set(Message.of("operator.wrong"));
        }
    }

    public void close() {
        pin.clear();
        message.set(null);
        open.set(false);
    }

    public DigitEntry pin() {
        return pin;
    }

    public BooleanProperty open() {
        return open;
    }

    public ObjectProperty<Message> message() {
        return message;
    }
}
