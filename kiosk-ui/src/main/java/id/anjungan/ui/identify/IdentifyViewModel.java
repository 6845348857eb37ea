package id.anjungan.ui.identify;

import id.anjungan.ui.i18n.Message;
import id.anjungan.ui.shell.Journey;
import id.anjungan.ui.shell.Screen;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Who is at the kiosk: the NIK typed on the keypad, or read from a QR code. A card's UID cannot be turned into a
 * NIK through stock OpenSID (contract §3.3), so a tapped card asks for the NIK instead of pretending.
 */
public final class IdentifyViewModel {

    static final int NIK_LENGTH = 16;
    private static final Pattern NIK_IN_CODE = Pattern.compile("(?<!\\d)(\\d{16})(?!\\d)");

    private final Journey journey;
    private final DigitEntry nik = new DigitEntry(NIK_LENGTH, false);
    private final ObjectProperty<Message> message = new SimpleObjectProperty<>();
    private String acceptedNik;

    public IdentifyViewModel(Journey journey) {
        this.journey = journey;
        journey.onWipe(this::wipe);
        nik.digits().addListener((obs, old, now) -> message.set(null));
    }

    /** OK on the keypad. */
    public void submit() {
        if (nik.length() != NIK_LENGTH) {
            message.set(Message.of("identify.nikInvalid"));
            return;
        }
        acceptedNik = nik.value();
        journey.go(Screen.VERIFY);
    }

    /** A QR code read by the scanner: a code that carries a NIK fills it in and moves on. */
    public void scanned(String code) {
        Matcher found = NIK_IN_CODE.matcher(code == null ? "" : code);
        if (found.find()) {
            nik.fill(found.group(1));
            submit();
        } else {
            message.set(Message.of("identify.nikInvalid"));
        }
    }

    /** A card tapped: without the kiosk extension it only tells the resident to type the NIK. */
    public void cardTapped() {
        message.set(Message.of("identify.cardNotLinked"));
    }

    /** The NIK accepted for the PIN step; only the verify step reads it. */
    String acceptedNik() {
        return acceptedNik;
    }

    public DigitEntry nik() {
        return nik;
    }

    public ObjectProperty<Message> message() {
        return message;
    }

    private void wipe() {
        nik.clear();
        acceptedNik = null;
        message.set(null);
    }
}
