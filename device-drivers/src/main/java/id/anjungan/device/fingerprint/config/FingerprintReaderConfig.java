package id.anjungan.device.fingerprint.config;

import id.anjungan.device.api.FingerprintReader;
import id.anjungan.device.fingerprint.R30xFingerprintReader;
import id.anjungan.device.fingerprint.R30xSettings;
import id.anjungan.device.fingerprint.host.EncryptedTemplateStore;
import id.anjungan.device.fingerprint.host.SourceAfisFingerprintReader;
import java.nio.file.Path;
import java.util.Objects;

/**
 * An R30x reader as configured for a site (kiosk-core binds it from {@code anjungan.devices.fingerprint}).
 *
 * @param path           the serial device, e.g. {@code /dev/ttyUSB0} or a udev symlink
 * @param baud           the module's UART speed (57600 out of the box)
 * @param protocol       address, password and waits
 * @param matching       on the module, or on the host with SourceAFIS
 * @param templateDir    host matching only: where encrypted templates live
 * @param keyFile        host matching only: the 32-byte AES key, readable by the kiosk user only
 * @param hostCapacity   host matching only: how many pages the store holds
 */
public record FingerprintReaderConfig(String path, int baud, R30xSettings protocol, FingerprintMatching matching,
                                      Path templateDir, Path keyFile, int hostCapacity) {

    public FingerprintReaderConfig {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(matching, "matching");
        if (matching == FingerprintMatching.HOST && (templateDir == null || keyFile == null || hostCapacity < 1)) {
            throw new IllegalArgumentException("host matching needs a template folder, a key file and a capacity");
        }
    }

    /** Matching on the module, the default. */
    public static FingerprintReaderConfig onModule(String path, int baud, R30xSettings protocol) {
        return new FingerprintReaderConfig(path, baud, protocol, FingerprintMatching.MODULE, null, null, 0);
    }

    /** Matching on the host with SourceAFIS. */
    public static FingerprintReaderConfig onHost(String path, int baud, R30xSettings protocol, Path templateDir, Path keyFile,
                                                 int hostCapacity) {
        return new FingerprintReaderConfig(path, baud, protocol, FingerprintMatching.HOST, templateDir, keyFile, hostCapacity);
    }

    /** The reader this configuration describes (not yet opened). */
    public FingerprintReader create() {
        R30xFingerprintReader module = R30xFingerprintReader.onSerial(path, baud, protocol);
        if (matching == FingerprintMatching.MODULE) {
            return module;
        }
        return new SourceAfisFingerprintReader(module, EncryptedTemplateStore.open(templateDir, keyFile, hostCapacity));
    }
}
