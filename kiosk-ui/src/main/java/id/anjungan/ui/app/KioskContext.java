package id.anjungan.ui.app;

import id.anjungan.backend.VillageBackend;
import id.anjungan.core.KioskCoreConfiguration;
import id.anjungan.device.api.DocumentPrinter;
import id.anjungan.device.api.ReceiptPrinter;
import id.anjungan.ui.demo.PdfFolderOutput;
import id.anjungan.ui.session.BackendSession;
import id.anjungan.ui.session.DocumentOutput;
import id.anjungan.ui.session.DocumentPrinterOutput;
import id.anjungan.ui.session.SessionPort;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

/**
 * The kiosk's Spring context: kiosk-core (configuration, backend client, devices by {@code type:}, print journal)
 * plus what the screens need. No web server: demo-village's classes share the class path and must not leak in.
 */
@Configuration(proxyBeanMethods = false)
@Import(KioskCoreConfiguration.class)
public class KioskContext {

    /** Demo mode's A4 printer: letters as PDFs in the kiosk's data folder, named on screen. */
    @Bean
    PdfFolderOutput documentFolder(Environment env, Clock clock) {
        String dataDir = env.getProperty("anjungan.storage.data-dir", Path.of(System.getProperty("java.io.tmpdir"), "anjungan-demo")
                .toString());
        return new PdfFolderOutput(Path.of(dataDir, "letters"), clock);
    }

    /** The A4 printer when the context has one (a site's CUPS queue); demo mode's PDF folder otherwise. */
    @Bean
    SessionPort sessionPort(VillageBackend backend, ReceiptPrinter ticketPrinter, ObjectProvider<DocumentPrinter> printers,
            PdfFolderOutput folder, Clock clock) {
        DocumentPrinter printer = printers.getIfAvailable();
        DocumentOutput a4 = printer == null ? folder : new DocumentPrinterOutput(printer, Duration.ofMinutes(3));
        return new BackendSession(backend, Optional.of(ticketPrinter), a4, clock);
    }
}
