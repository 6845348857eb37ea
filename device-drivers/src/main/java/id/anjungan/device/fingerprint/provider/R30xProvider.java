package id.anjungan.device.fingerprint.provider;

import id.anjungan.device.api.DeviceProvider;
import id.anjungan.device.api.DeviceSettings;
import id.anjungan.device.api.FingerprintReader;
import id.anjungan.device.fingerprint.R30xSettings;
import id.anjungan.device.fingerprint.config.FingerprintReaderConfig;
import id.anjungan.device.provider.SettingsCheck;
import java.util.List;

/**
 * {@code type: r30x}: an R30x / ZFM / AS608 module on a serial port, under a supervisor. Settings: {@code path}
 * (required), {@code baud} (57600; a multiple of 9600 up to 115200), {@code address} (0xFFFFFFFF), {@code password}
 * (0), the waits {@code reply-timeout} (2s), {@code capture-timeout} (15s), {@code lift-timeout} (10s), and
 * {@code matching}: {@code module} (default) or {@code host} with {@code template-dir}, {@code key-file} and
 * {@code host-capacity} (1000).
 */
public final class R30xProvider implements DeviceProvider<FingerprintReader> {

    @Override
    public Class<FingerprintReader> kind() {
        return FingerprintReader.class;
    }

    @Override
    public String type() {
        return "r30x";
    }

    @Override
    public List<String> check(DeviceSettings settings) {
        return new SettingsCheck().read(s -> s.required("path"), settings).read(R30xProvider::baud, settings)
                .read(R30xSettingsReader::protocol, settings).read(R30xProvider::hostMatching, settings).problems();
    }

    @Override
    public FingerprintReader open(DeviceSettings settings) {
        return new SupervisedReader(config(settings).create());
    }

    static FingerprintReaderConfig config(DeviceSettings settings) {
        String path = settings.required("path");
        R30xSettings protocol = R30xSettingsReader.protocol(settings);
        if (hostMatching(settings)) {
            return FingerprintReaderConfig.onHost(path, baud(settings), protocol, settings.path("template-dir", null),
                    settings.path("key-file", null), settings.integer("host-capacity", 1000, 1, 100_000));
        }
        return FingerprintReaderConfig.onModule(path, baud(settings), protocol);
    }

    static int baud(DeviceSettings settings) {
        int baud = settings.integer("baud", 57_600, 9600, 115_200);
        if (baud % 9600 != 0) {
            throw new IllegalArgumentException("baud: " + baud + " is not a multiple of 9600 (the module's steps)");
        }
        return baud;
    }

    private static boolean hostMatching(DeviceSettings settings) {
        boolean host = "host".equals(settings.choice("matching", "module", "module", "host"));
        if (host) {
            settings.required("template-dir");
            settings.required("key-file");
            settings.integer("host-capacity", 1000, 1, 100_000);
        }
        return host;
    }
}
