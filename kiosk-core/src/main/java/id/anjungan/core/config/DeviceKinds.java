package id.anjungan.core.config;

import id.anjungan.device.api.CardReaderDevice;
import id.anjungan.device.api.CodeScannerDevice;
import id.anjungan.device.api.DocumentPrinter;
import id.anjungan.device.api.FingerprintReader;
import id.anjungan.device.api.ReceiptPrinter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The device names a site file may use under {@code anjungan.devices} and the device interface each one means.
 * Further kinds (GPIO) join here once their providers exist.
 */
public final class DeviceKinds {

    public static final String RECEIPT_PRINTER = "receipt-printer";
    public static final String DOCUMENT_PRINTER = "document-printer";
    public static final String CARD_READER = "card-reader";
    public static final String CODE_SCANNER = "code-scanner";
    public static final String FINGERPRINT_READER = "fingerprint-reader";
    /** The {@code type:} of card readers and scanners that type like a keyboard; both share one wedge. */
    public static final String KEYBOARD_WEDGE = "keyboard-wedge";

    private static final Map<String, Class<? extends AutoCloseable>> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put(RECEIPT_PRINTER, ReceiptPrinter.class);
        KINDS.put(DOCUMENT_PRINTER, DocumentPrinter.class);
        KINDS.put(CARD_READER, CardReaderDevice.class);
        KINDS.put(CODE_SCANNER, CodeScannerDevice.class);
        KINDS.put(FINGERPRINT_READER, FingerprintReader.class);
    }

    private DeviceKinds() {
    }

    public static Optional<Class<? extends AutoCloseable>> byName(String name) {
        return Optional.ofNullable(KINDS.get(name));
    }

    public static List<String> names() {
        return List.copyOf(KINDS.keySet());
    }
}
