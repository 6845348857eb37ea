package id.anjungan.device.api;

/**
 * The kiosk box's own pins, by what they do rather than by number: the presence sensor that wakes
 * the screen, the help button, the status light and the relay powering the receipt printer. Input
 * changes are debounced before listeners hear about them.
 *
 * <p>Lifecycle as for every device: {@link #open()} claims the pins and checks that real GPIO is in
 * use, {@link #probe()} reads a pin to prove it still works, {@link #close()} releases them.
 */
public interface KioskIo extends AutoCloseable {

    /**
     * Claims the configured pins, switches the status light off and leaves the printer relay as configured.
     *
     * @throws DeviceException {@link DeviceError#GPIO_UNAVAILABLE} when there is no usable GPIO chip,
     *                         {@link DeviceError#GPIO_MOCK_PROVIDER} when the mock provider is in use outside tests
     */
    void open();

    /** Whether the pins are claimed. */
    boolean isOpen();

    /**
     * Reads an input pin now.
     *
     * @throws DeviceException {@link DeviceError#GPIO_IO_ERROR} when it cannot
     */
    void probe();

    /** Whether someone stands in front of the kiosk, read now (not debounced). */
    boolean personPresent();

    /** Whether the help button is held down, read now (not debounced). */
    boolean helpPressed();

    /** Shows {@code light} on the status LED. */
    void showStatus(StatusLight light);

    /** Switches the receipt printer's power relay. */
    void printerPower(boolean on);

    /** Whether the printer relay is switched on, as last set on the pin. */
    boolean printerPowered();

    /** Starts telling {@code listener} about debounced input changes. */
    void addListener(KioskIoListener listener);

    /** Stops telling {@code listener}. */
    void removeListener(KioskIoListener listener);

    /** Releases the pins; safe to call more than once. */
    @Override
    void close();
}
