package id.anjungan.device.a4.provider;

import id.anjungan.device.a4.cups.CupsDocumentPrinterDriver;
import id.anjungan.device.a4.cups.CupsSettings;
import id.anjungan.device.api.DeviceSettings;
import id.anjungan.device.api.DocumentPrinter;
import java.net.URI;
import java.util.Optional;

/**
 * {@code type: cups}, on sites: the A4 printer behind a CUPS queue over IPP; settings {@code queue} (the system's
 * default queue when absent) and {@code server} (default {@code http://localhost:631}).
 */
public final class CupsProvider extends DocumentPrinterProvider {

    @Override
    public String type() {
        return "cups";
    }

    @Override
    void checkOwn(DeviceSettings settings) {
        server(settings);
    }

    @Override
    public DocumentPrinter open(DeviceSettings settings) {
        CupsSettings base = CupsSettings.defaultQueue().withQueue(settings.text("queue")).withLimits(limits(settings));
        return new CupsDocumentPrinterDriver(new CupsSettings(base.queue(), server(settings).orElse(base.server()),
                base.limits(), base.ippTimeouts(), base.submitTimeout(), base.pollInterval(), base.user()));
    }

    private static Optional<URI> server(DeviceSettings settings) {
        Optional<String> server = settings.text("server");
        if (server.isEmpty()) {
            return Optional.empty();
        }
        URI address;
        try {
            address = URI.create(server.get());
        } catch (IllegalArgumentException bad) {
            address = null;
        }
        if (address == null || !"http".equals(address.getScheme()) || address.getHost() == null) {
            throw new IllegalArgumentException("server: '" + server.get() + "' is not an address such as http://localhost:631");
        }
        return Optional.of(address);
    }
}
