package id.anjungan.device.api;

/** Hears every change of a supervised device's health; called on the supervisor's thread, so return quickly. */
@FunctionalInterface
public interface DeviceHealthListener {

    /**
     * The health of {@code device} changed.
     *
     * @param device the {@link ManagedDevice#name()} of the device
     * @param health the new health; {@code since} is when the change was seen
     */
    void healthChanged(String device, DeviceHealth health);
}
