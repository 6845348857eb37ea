package id.anjungan.device.api;

/**
 * A device a {@link DeviceProvider} opened under a supervisor, which keeps reopening it after a loss and reports its
 * health. The supervisor runs from the provider's {@code open} until the device is closed; callers only watch it.
 */
public interface Supervised {

    /** The supervisor keeping this device running. */
    DeviceSupervision supervision();
}
