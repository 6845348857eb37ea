package id.anjungan.backend;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The one unchecked exception of backend-client. {@link #error()} decides what the kiosk does next,
 * {@link #residentMessage()} is what the resident reads, and {@link #detail()} is for the log: it never
 * holds a PIN, a token or an unmasked NIK.
 */
public final class BackendException extends RuntimeException {

    private final BackendError error;
    private final String detail;
    private final Map<String, List<String>> fieldErrors;
    private final Duration retryAfter;

    public BackendException(BackendError error, String detail) {
        this(error, detail, Map.of(), null, null);
    }

    public BackendException(BackendError error, String detail, Throwable cause) {
        this(error, detail, Map.of(), null, cause);
    }

    private BackendException(BackendError error, String detail, Map<String, List<String>> fieldErrors,
            Duration retryAfter, Throwable cause) {
        super(error + ": " + detail, cause);
        this.error = Objects.requireNonNull(error, "error");
        this.detail = detail;
        Map<String, List<String>> copy = new LinkedHashMap<>();
        fieldErrors.forEach((field, messages) -> copy.put(field, List.copyOf(messages)));
        this.fieldErrors = Map.copyOf(copy);
        this.retryAfter = retryAfter;
    }

    /** A {@link BackendError#VALIDATION} failure with the server's messages per field (form field name → messages). */
    public static BackendException validation(String detail, Map<String, List<String>> fieldErrors) {
        return new BackendException(BackendError.VALIDATION, detail, fieldErrors, null, null);
    }

    /** A {@link BackendError#LOCKED_OUT} failure; {@code retryAfter} is null when the server did not say. */
    public static BackendException lockedOut(String detail, Duration retryAfter) {
        return new BackendException(BackendError.LOCKED_OUT, detail, Map.of(), retryAfter, null);
    }

    public BackendError error() {
        return error;
    }

    /** Technical description for the log (English, no personal data). */
    public String detail() {
        return detail;
    }

    /** For {@link BackendError#VALIDATION}: form field name → the server's messages; empty otherwise. */
    public Map<String, List<String>> fieldErrors() {
        return fieldErrors;
    }

    /** For {@link BackendError#LOCKED_OUT}: the wait the server announced, when it did. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** What the resident reads: the error's sentence, with the wait time for a lockout. */
    public String residentMessage() {
        if (error == BackendError.LOCKED_OUT && retryAfter != null) {
            long minutes = Math.max(1, (retryAfter.getSeconds() + 59) / 60);
            return "Terlalu banyak percobaan masuk yang salah. Silakan coba lagi dalam " + minutes
                    + " menit, atau minta bantuan petugas.";
        }
        return error.residentMessage();
    }
}
