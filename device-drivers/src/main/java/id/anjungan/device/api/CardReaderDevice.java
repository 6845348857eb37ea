package id.anjungan.device.api;

/**
 * A {@link CardReader} as a {@link DeviceProvider} opens it for the kiosk: the kiosk owns it and closes it at shutdown.
 *
 * <p>Why a sub-interface: {@link DeviceProvider} opens only {@link AutoCloseable} devices, while {@link CardReader}
 * is what listeners need and stays free of a {@code close()} they must never call. A provider's result may also be
 * {@link Supervised} (a PC/SC reader with a connection of its own) or a {@link KeyboardWedge} (fed by the UI's keys).
 */
public interface CardReaderDevice extends CardReader, AutoCloseable {

    /** Stops reading and releases the reader; safe to call more than once, never throws. */
    @Override
    void close();
}
