package id.anjungan.device.api;

import java.util.List;

/**
 * Opens one kind of device for one {@code type:} value of the site configuration, e.g. a {@link ReceiptPrinter}
 * for {@code escpos-tcp}. Providers are found with {@link java.util.ServiceLoader} through
 * {@code META-INF/services/id.anjungan.device.api.DeviceProvider}; {@link DeviceProviders} does the lookup.
 *
 * <p>Why a seam rather than {@code new EscPosPrinterDriver(...)} in kiosk-core: the shared ArchUnit rules let
 * nothing outside device-drivers see anything but {@code id.anjungan.device.api}, so transports, codecs and
 * simulators stay swappable, and a configuration names a device by its type value, never by a class name.
 * Every device kind (document printer, card reader, scanner, fingerprint reader, GPIO) adds its providers the
 * same way.
 *
 * @param <T> the device interface this provider opens
 */
public interface DeviceProvider<T extends AutoCloseable> {

    /** The device interface, e.g. {@code ReceiptPrinter.class}. */
    Class<T> kind();

    /** The value of {@code type:} that selects this provider, e.g. {@code escpos-serial}. */
    String type();

    /**
     * Checks settings without touching any device.
     *
     * @return one line per problem, each starting with the setting's name ({@code "port: 70000 is not between ..."});
     *         empty when the settings can be used
     */
    List<String> check(DeviceSettings settings);

    /**
     * Opens (or prepares) the device. A device that is unplugged now is not an error here when the driver can
     * connect later; settings that {@link #check} refuses are.
     *
     * @throws DeviceException when the device cannot be set up at all
     * @throws IllegalArgumentException when the settings are unusable
     */
    T open(DeviceSettings settings);
}
