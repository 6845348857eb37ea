package id.anjungan.device.api;

import java.util.Optional;

/**
 * Keeps one {@link ManagedDevice} running: opens it, probes it, reopens it with back-off after a
 * loss (cable pulled and plugged back, daemon restarted) and reports its health. The kiosk never
 * restarts for a device.
 */
public interface DeviceSupervision extends AutoCloseable {

    /** Starts supervising on a background thread; returns at once. Calling it twice has no effect. */
    void start();

    /** The device's latest health; empty until the first attempt to open it has finished. */
    Optional<DeviceHealth> health();

    /** Adds a listener; it first hears the current health, if there is one, then every change. */
    void addListener(DeviceHealthListener listener);

    /** Removes a listener added before. */
    void removeListener(DeviceHealthListener listener);

    /** Stops supervising and closes the device; waits for the supervisor thread to end. */
    @Override
    void close();
}
