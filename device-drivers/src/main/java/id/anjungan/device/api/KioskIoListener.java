package id.anjungan.device.api;

/** Hears debounced changes of the kiosk's inputs; called on a GPIO thread, so it must return quickly. */
@FunctionalInterface
public interface KioskIoListener {

    /** {@code signal} happened. */
    void onSignal(KioskSignal signal);
}
