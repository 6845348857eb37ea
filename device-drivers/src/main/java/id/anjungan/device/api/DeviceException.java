package id.anjungan.device.api;

/**
 * The one unchecked exception of device-drivers. {@link #error()} says what went wrong; the message
 * carries the technical detail for the log, never personal data.
 */
public class DeviceException extends RuntimeException {

    private final DeviceError error;

    public DeviceException(DeviceError error, String detail) {
        super(error + ": " + detail);
        this.error = error;
    }

    public DeviceException(DeviceError error, String detail, Throwable cause) {
        super(error + ": " + detail, cause);
        this.error = error;
    }

    /** The cause as a code. */
    public DeviceError error() {
        return error;
    }
}
