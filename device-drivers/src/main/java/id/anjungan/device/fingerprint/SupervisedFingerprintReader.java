package id.anjungan.device.fingerprint;

import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.FingerprintReader;
import id.anjungan.device.api.ManagedDevice;
import java.util.Optional;

/**
 * Puts a {@link FingerprintReader} under a {@code DeviceSupervisor}: opening is the reader's own
 * identity check (password and system parameters), the probe is its cheap template count, so an
 * unplugged module is noticed and reopened without restarting the kiosk.
 */
public final class SupervisedFingerprintReader implements ManagedDevice {

    private final FingerprintReader reader;

    public SupervisedFingerprintReader(FingerprintReader reader) {
        this.reader = reader;
    }

    @Override
    public String name() {
        return "fingerprint-reader";
    }

    @Override
    public void open() {
        reader.open();
    }

    @Override
    public Optional<DeviceError> check() {
        reader.probe();
        return Optional.empty();
    }

    @Override
    public void close() {
        reader.close();
    }
}
