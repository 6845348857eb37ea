package id.anjungan.core;

import java.util.Objects;

/** The one unchecked exception root of kiosk-core; {@link #error()} says what kind of failure it is. */
public class KioskCoreException extends RuntimeException {

    private final CoreError error;

    public KioskCoreException(CoreError error, String detail) {
        super(detail);
        this.error = Objects.requireNonNull(error, "error");
    }

    public KioskCoreException(CoreError error, String detail, Throwable cause) {
        super(detail, cause);
        this.error = Objects.requireNonNull(error, "error");
    }

    public CoreError error() {
        return error;
    }
}
