package id.anjungan.ui.app;

import id.anjungan.backend.BackendSettings;
import id.anjungan.backend.VillageBackend;
import id.anjungan.backend.opensid.OpenSidApiClient;
import id.anjungan.ui.demo.PdfFolderOutput;
import id.anjungan.device.api.DocumentPrinter;
import id.anjungan.ui.session.BackendSession;
import id.anjungan.ui.session.DocumentOutput;
import id.anjungan.ui.session.DocumentPrinterOutput;
import id.anjungan.ui.session.SessionPort;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The kiosk's Spring context (no web server, no auto-configuration: demo-village's classes and settings sit on the
 * same classpath and must not leak in). Properties come from the site file, or from demo mode.
 */
@Configuration(proxyBeanMethods = false)
public class KioskContext {

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    @Bean
    VillageBackend villageBackend(Environment env) {
        String url = env.getProperty("anjungan.backend.url");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("anjungan.backend.url is not set: write it in the site file /etc/anjungan/kiosk.yml");
        }
        boolean plainHttp = env.getProperty("anjungan.backend.allow-plain-http", Boolean.class, false);
        return new OpenSidApiClient(BackendSettings.defaults(URI.create(url), plainHttp));
    }

    @Bean
    PdfFolderOutput documentOutput(Environment env, Clock clock) {
        String folder = env.getProperty("anjungan.ui.output-folder",
                Path.of(System.getProperty("java.io.tmpdir"), "anjungan-demo").toString());
        return new PdfFolderOutput(Path.of(folder), clock);
    }

    /** The A4 printer when the context has one (a site's CUPS queue); demo mode's PDF folder otherwise. */
    @Bean
    SessionPort sessionPort(VillageBackend backend, ObjectProvider<DocumentPrinter> printers, PdfFolderOutput folder, Clock clock) {
        DocumentPrinter printer = printers.getIfAvailable();
        DocumentOutput a4 = printer == null ? folder : new DocumentPrinterOutput(printer, Duration.ofMinutes(3));
        return new BackendSession(backend, Optional.empty(), a4, clock);
    }
}
