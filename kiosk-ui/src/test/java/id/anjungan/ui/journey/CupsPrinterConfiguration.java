package id.anjungan.ui.journey;

import id.anjungan.device.a4.cups.CupsDocumentPrinterDriver;
import id.anjungan.device.a4.cups.CupsSettings;
import id.anjungan.device.api.DocumentPrinter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The kiosk's A4 printer in the journey test: the real CUPS driver on the rig's CUPS-PDF queue. (A site gets it
 * from kiosk-core's device providers by {@code type: cups}; until those land in main the test names the driver.)
 */
@Configuration(proxyBeanMethods = false)
class CupsPrinterConfiguration {

    @Bean(destroyMethod = "close")
    DocumentPrinter documentPrinter() {
        return new CupsDocumentPrinterDriver(CupsSettings.forQueue(KioskCupsRig.QUEUE));
    }
}
