package id.anjungan.device.fingerprint.provider;

import id.anjungan.device.api.DeviceSupervision;
import id.anjungan.device.api.FingerprintListener;
import id.anjungan.device.api.FingerprintMatch;
import id.anjungan.device.api.FingerprintModuleInfo;
import id.anjungan.device.api.FingerprintReader;
import id.anjungan.device.api.Supervised;
import id.anjungan.device.fingerprint.SupervisedFingerprintReader;
import id.anjungan.device.supervisor.SupervisedDevices;
import java.util.Optional;

/**
 * A fingerprint reader kept open by a supervisor: the supervisor opens it (and reopens it after an unplug), the
 * kiosk only captures. Closing stops the supervisor, which closes the reader.
 */
class SupervisedReader implements FingerprintReader, Supervised {

    private final FingerprintReader reader;
    private final DeviceSupervision supervision;

    SupervisedReader(FingerprintReader reader) {
        this.reader = reader;
        this.supervision = SupervisedDevices.start(new SupervisedFingerprintReader(reader));
    }

    @Override
    public DeviceSupervision supervision() {
        return supervision;
    }

    /** The supervisor opens the reader; calling this reconnects at once (a technician's tool might). */
    @Override
    public FingerprintModuleInfo open() {
        return reader.open();
    }

    @Override
    public boolean isOpen() {
        return reader.isOpen();
    }

    @Override
    public void probe() {
        reader.probe();
    }

    @Override
    public void enroll(int page, FingerprintListener listener) {
        reader.enroll(page, listener);
    }

    @Override
    public FingerprintMatch verify(int page, FingerprintListener listener) {
        return reader.verify(page, listener);
    }

    @Override
    public Optional<FingerprintMatch> search(FingerprintListener listener) {
        return reader.search(listener);
    }

    @Override
    public void delete(int page) {
        reader.delete(page);
    }

    @Override
    public int templateCount() {
        return reader.templateCount();
    }

    @Override
    public void close() {
        supervision.close();
    }
}
