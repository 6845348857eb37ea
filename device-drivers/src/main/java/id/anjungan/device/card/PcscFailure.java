package id.anjungan.device.card;

import id.anjungan.device.api.DeviceError;
import java.util.Set;

/**
 * Sorts PC/SC failures by the {@code SCARD_*} code the JDK puts in the message of its internal
 * {@code PCSCException}, found somewhere in the cause chain.
 */
final class PcscFailure {

    /** What a failure means for the driver. */
    enum Kind {
        /** pcscd stopped or restarted: the context is dead. */
        SERVICE,
        /** The reader went away. */
        READER,
        /** Only this card: removed too early, mute, not powered. */
        CARD
    }

    private static final Set<String> READER_CODES = Set.of("SCARD_E_UNKNOWN_READER", "SCARD_E_READER_UNAVAILABLE",
            "SCARD_E_NO_READERS_AVAILABLE", "SCARD_E_UNSUPPORTED_FEATURE");
    private static final Set<String> CARD_CODES = Set.of("SCARD_W_REMOVED_CARD", "SCARD_E_NO_SMARTCARD",
            "SCARD_W_UNPOWERED_CARD", "SCARD_W_UNRESPONSIVE_CARD", "SCARD_W_RESET_CARD", "SCARD_E_PROTO_MISMATCH",
            "SCARD_E_NOT_TRANSACTED", "SCARD_W_UNSUPPORTED_CARD", "SCARD_E_SHARING_VIOLATION", "SCARD_E_TIMEOUT");

    private PcscFailure() {
    }

    /** The {@code SCARD_*} code in the cause chain, or the innermost message when there is none. */
    static String code(Throwable failure) {
        String last = String.valueOf(failure.getMessage());
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            int at = message.indexOf("SCARD_");
            if (at >= 0) {
                int end = at;
                while (end < message.length() && (Character.isLetterOrDigit(message.charAt(end)) || message.charAt(end) == '_')) {
                    end++;
                }
                return message.substring(at, end);
            }
            last = message;
        }
        return last;
    }

    /**
     * How serious the failure is. {@code SCARD_E_NO_SERVICE}, {@code SCARD_E_SERVICE_STOPPED} and any code
     * not listed count as the service failing, which renews the context: cheap, and the safe side.
     */
    static Kind kind(Throwable failure) {
        String code = code(failure);
        if (CARD_CODES.contains(code)) {
            return Kind.CARD;
        }
        if (READER_CODES.contains(code)) {
            return Kind.READER;
        }
        return Kind.SERVICE;
    }

    /** The device error for a failure that ends the reader's session. */
    static DeviceError error(Kind kind) {
        return kind == Kind.READER ? DeviceError.CARD_READER_NOT_FOUND : DeviceError.CARD_SERVICE_UNAVAILABLE;
    }
}
