package id.anjungan.device.scanner.provider;

import id.anjungan.device.api.CodeScanListener;
import id.anjungan.device.api.CodeScannerDevice;
import id.anjungan.device.api.DeviceProvider;
import id.anjungan.device.api.DeviceSettings;
import id.anjungan.device.api.DeviceSupervision;
import id.anjungan.device.api.Supervised;
import id.anjungan.device.provider.SettingsCheck;
import id.anjungan.device.scanner.ScannerSettings;
import id.anjungan.device.scanner.SerialCodeScannerDriver;
import id.anjungan.device.supervisor.SupervisedDevices;
import id.anjungan.device.transport.SerialTransport;
import id.anjungan.device.transport.TransportTimeouts;
import java.time.Duration;
import java.util.List;

/**
 * {@code type: serial}: a scanner in serial / USB-COM mode, under a supervisor (unplug and replug are survived).
 * Settings: {@code path} (required, best a {@code /dev/serial/by-id/...} link), {@code baud} (9600),
 * {@code max-line-bytes} (4096) and {@code frame-timeout} (1s).
 */
public final class SerialScannerProvider implements DeviceProvider<CodeScannerDevice> {

    @Override
    public Class<CodeScannerDevice> kind() {
        return CodeScannerDevice.class;
    }

    @Override
    public String type() {
        return "serial";
    }

    @Override
    public List<String> check(DeviceSettings settings) {
        return new SettingsCheck().read(s -> s.required("path"), settings).read(SerialScannerProvider::baud, settings)
                .read(SerialScannerProvider::scanner, settings).problems();
    }

    @Override
    public CodeScannerDevice open(DeviceSettings settings) {
        SerialTransport port = new SerialTransport(settings.required("path"), baud(settings), TransportTimeouts.DEFAULT);
        SerialCodeScannerDriver driver = new SerialCodeScannerDriver(port, scanner(settings));
        return new SupervisedScanner(driver, SupervisedDevices.start(driver));
    }

    static int baud(DeviceSettings settings) {
        return settings.integer("baud", 9600, 1200, 921_600);
    }

    static ScannerSettings scanner(DeviceSettings settings) {
        ScannerSettings defaults = ScannerSettings.defaults();
        Duration frame = settings.duration("frame-timeout", defaults.frameTimeout());
        if (frame.isZero() || frame.isNegative()) {
            throw new IllegalArgumentException("frame-timeout: must be positive");
        }
        return new ScannerSettings(settings.integer("max-line-bytes", defaults.maxLineBytes(), 16, 65_536), frame,
                defaults.readPoll());
    }

    /** The driver with the supervisor that keeps it open; closing stops the supervisor, which closes the driver. */
    private record SupervisedScanner(SerialCodeScannerDriver driver, DeviceSupervision supervision)
            implements CodeScannerDevice, Supervised {

        @Override
        public void addListener(CodeScanListener listener) {
            driver.addListener(listener);
        }

        @Override
        public void removeListener(CodeScanListener listener) {
            driver.removeListener(listener);
        }

        @Override
        public void close() {
            supervision.close();
        }
    }
}
