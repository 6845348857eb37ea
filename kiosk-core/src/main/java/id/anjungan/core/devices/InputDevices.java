package id.anjungan.core.devices;

import id.anjungan.core.config.DeviceKinds;
import id.anjungan.core.config.WedgeConfiguration;
import id.anjungan.device.api.CardReader;
import id.anjungan.device.api.CardReaderDevice;
import id.anjungan.device.api.CodeScanner;
import id.anjungan.device.api.CodeScannerDevice;
import id.anjungan.device.api.DeviceProviders;
import id.anjungan.device.api.DeviceSettings;
import id.anjungan.device.api.FingerprintReader;
import id.anjungan.device.api.KeyboardWedge;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's input devices as the configuration names them: a card reader, a code scanner and a fingerprint reader,
 * each optional (a site without one has none). When the card reader or the scanner is a {@code keyboard-wedge}, one
 * {@link KeyboardWedge} serves as both, because wedge devices type into the same keyboard stream; its mode says
 * which of them type there. Owns what it opened and closes it.
 */
public final class InputDevices implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(InputDevices.class);

    private final KeyboardWedge wedge;
    private final CardReader cardReader;
    private final CodeScanner codeScanner;
    private final FingerprintReader fingerprintReader;
    private final List<AutoCloseable> owned;

    private InputDevices(KeyboardWedge wedge, CardReader cardReader, CodeScanner codeScanner,
            FingerprintReader fingerprintReader, List<AutoCloseable> owned) {
        this.wedge = wedge;
        this.cardReader = cardReader;
        this.codeScanner = codeScanner;
        this.fingerprintReader = fingerprintReader;
        this.owned = List.copyOf(owned);
    }

    /** Opens every input device in {@code devices} (device name → settings, as the configuration check passed them). */
    public static InputDevices open(Map<String, Map<String, String>> devices) {
        Map<String, String> card = devices.get(DeviceKinds.CARD_READER);
        Map<String, String> scanner = devices.get(DeviceKinds.CODE_SCANNER);
        Map<String, String> finger = devices.get(DeviceKinds.FINGERPRINT_READER);
        boolean cardWedge = WedgeConfiguration.isWedge(card);
        boolean scannerWedge = WedgeConfiguration.isWedge(scanner);
        List<AutoCloseable> owned = new ArrayList<>();
        KeyboardWedge wedge = cardWedge || scannerWedge
                ? own(owned, open(KeyboardWedge.class, WedgeConfiguration.merged(cardWedge ? card : null, scannerWedge ? scanner : null)))
                : null;
        CardReader cardReader = cardWedge ? wedge : card == null ? null : own(owned, open(CardReaderDevice.class, card));
        CodeScanner codeScanner = scannerWedge ? wedge : scanner == null ? null : own(owned, open(CodeScannerDevice.class, scanner));
        FingerprintReader fingerprintReader = finger == null ? null : own(owned, open(FingerprintReader.class, finger));
        LOG.info("input devices: card reader {}, code scanner {}, fingerprint reader {}", type(card), type(scanner), type(finger));
        return new InputDevices(wedge, cardReader, codeScanner, fingerprintReader, owned);
    }

    /** Devices opened elsewhere (tests); closing closes each of them once. */
    public static InputDevices of(KeyboardWedge wedge, CardReader cardReader, CodeScanner codeScanner,
            FingerprintReader fingerprintReader) {
        List<AutoCloseable> owned = new ArrayList<>();
        for (Object device : new Object[] {wedge, cardReader, codeScanner, fingerprintReader}) {
            if (device instanceof AutoCloseable closeable && !owned.contains(closeable)) {
                owned.add(closeable);
            }
        }
        return new InputDevices(wedge, cardReader, codeScanner, fingerprintReader, owned);
    }

    /** The keyboard wedge the UI feeds with keys, when a card reader or scanner is one. */
    public Optional<KeyboardWedge> keyboardWedge() {
        return Optional.ofNullable(wedge);
    }

    /** The card reader: its own device, or the wedge. */
    public Optional<CardReader> cardReader() {
        return Optional.ofNullable(cardReader);
    }

    /** The code scanner: its own device, or the wedge. */
    public Optional<CodeScanner> codeScanner() {
        return Optional.ofNullable(codeScanner);
    }

    public Optional<FingerprintReader> fingerprintReader() {
        return Optional.ofNullable(fingerprintReader);
    }

    /** Every device opened, the wedge once however many kinds it serves. */
    public List<AutoCloseable> all() {
        return owned;
    }

    @Override
    public void close() {
        for (AutoCloseable device : owned) {
            try {
                device.close();
            } catch (Exception e) {
                LOG.warn("closing {} failed: {}", device.getClass().getSimpleName(), e.getMessage());
            }
        }
    }

    private static <T extends AutoCloseable> T own(List<AutoCloseable> owned, T device) {
        owned.add(device);
        return device;
    }

    private static <T extends AutoCloseable> T open(Class<T> kind, Map<String, String> settings) {
        String type = settings.get("type");
        return DeviceProviders.find(kind, type).orElseThrow().open(new DeviceSettings(type, settings));
    }

    private static String type(Map<String, String> settings) {
        return settings == null ? "none" : settings.get("type");
    }
}
