package id.anjungan.core.config;

import id.anjungan.device.api.ReceiptPrinter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The device names a site file may use under {@code anjungan.devices} and the device interface each one means.
 * Further kinds (document printer, card reader, scanner, fingerprint, GPIO) join here once their providers exist.
 */
public final class DeviceKinds {

    public static final String RECEIPT_PRINTER = "receipt-printer";

    private static final Map<String, Class<? extends AutoCloseable>> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put(RECEIPT_PRINTER, ReceiptPrinter.class);
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
