package id.anjungan.device.api;

import java.util.Optional;

/**
 * The lifecycle a {@code DeviceSupervisor} needs from a device: open it, ask whether it still
 * works, close it. Every driver that the kiosk keeps running (card reader, scanner, printer,
 * fingerprint reader, GPIO) implements it; the supervisor is the only caller of these methods.
 *
 * <p>Contract:
 * <ul>
 *   <li>{@link #open()} connects, brings the device to a known state and checks that it is the
 *       device configured (identity check). It either succeeds completely or throws and leaves
 *       nothing open. It is called again after {@link #close()} to reconnect.</li>
 *   <li>{@link #check()} is a cheap probe, called every few seconds while open. It must not block
 *       longer than the device's own timeouts and must not sleep.</li>
 *   <li>{@link #close()} releases everything and never throws; it may be called when not open.</li>
 *   <li>All three are called from the supervisor's single thread, never concurrently.</li>
 * </ul>
 */
public interface ManagedDevice extends AutoCloseable {

    /** A short, stable name for logs and health reports, such as {@code card-reader}; no personal data. */
    String name();

    /**
     * Connects, reaches a known state and verifies the device's identity.
     *
     * @throws DeviceException when the device is absent, unreachable or not the one configured
     */
    void open();

    /**
     * Probes the open device.
     *
     * @return empty when it works, or a warning that still lets it work (the device is then
     *         {@link DeviceHealth.State#DEGRADED}, for example paper near its end)
     * @throws DeviceException when the device is lost or unusable; the supervisor then closes and reopens it
     */
    Optional<DeviceError> check();

    /** Releases the device; safe to call at any time, never throws. */
    @Override
    void close();
}
