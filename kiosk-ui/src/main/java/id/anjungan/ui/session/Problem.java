package id.anjungan.ui.session;

import id.anjungan.backend.BackendError;
import id.anjungan.backend.BackendException;
import id.anjungan.device.api.DeviceException;
import id.anjungan.ui.i18n.Message;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A failure as the screens show it: a message key of the bundles (with its arguments), the server's messages per
 * form field, and the backend error when there was one, so a screen can react (a lockout, a wrong PIN).
 */
public record Problem(String key, List<Object> args, Map<String, List<String>> fieldErrors, Optional<BackendError> error,
        Optional<Duration> retryAfter) {

    public Problem {
        args = List.copyOf(args);
        fieldErrors = Map.copyOf(fieldErrors);
    }

    public static Problem of(String key, Object... args) {
        return new Problem(key, List.of(args), Map.of(), Optional.empty(), Optional.empty());
    }

    /** Turns what a call threw into words; the cause itself goes to the log, never to the screen. */
    public static Problem from(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && !(cause instanceof BackendException) && !(cause instanceof DeviceException)) {
            cause = cause.getCause();
        }
        if (cause instanceof BackendException backend) {
            return new Problem("error." + backend.error().name(), List.of(), backend.fieldErrors(),
                    Optional.of(backend.error()), backend.retryAfter());
        }
        if (cause instanceof DeviceException) {
            return of("error.PRINTER");
        }
        return of("error.unexpected");
    }

    /** What the resident reads. */
    public Message message() {
        return Message.of(key, args.toArray());
    }

    public boolean is(BackendError wanted) {
        return error.filter(wanted::equals).isPresent();
    }
}
