package id.anjungan.device.a4.provider;

import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.device.api.DeviceProvider;
import id.anjungan.device.api.DeviceProviders;
import id.anjungan.device.api.DeviceSettings;
import id.anjungan.device.api.DocumentPrinter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentPrinterProvidersTest {

    @TempDir
    Path dir;

    @Test
    void theServiceFileOffersThePdfFolderAndCups() {
        assertThat(DeviceProviders.types(DocumentPrinter.class)).containsExactly("pdf-folder", "cups");
    }

    @Test
    void checkNamesEveryBadSettingWithoutOpeningAnything() {
        DeviceProvider<DocumentPrinter> cups = DeviceProviders.find(DocumentPrinter.class, "cups").orElseThrow();

        assertThat(cups.check(new DeviceSettings("cups", Map.of("type", "cups", "max-pages", "0", "server", "ftp://x"))))
                .containsExactly("max-pages: 0 is not between 1 and 200",
                        "server: 'ftp://x' is not an address such as http://localhost:631");
    }

    @Test
    void aCupsQueueWithItsServerIsAcceptedAsWritten() {
        DeviceProvider<DocumentPrinter> cups = DeviceProviders.find(DocumentPrinter.class, "cups").orElseThrow();

        assertThat(cups.check(new DeviceSettings("cups", Map.of("type", "cups", "queue", "A4", "server",
                "http://127.0.0.1:631")))).isEmpty();
    }

    @Test
    void thePdfFolderIsCreatedWhenItIsOpenedAndReportsReady() throws Exception {
        Path folder = dir.resolve("a4");
        try (DocumentPrinter printer = DeviceProviders.find(DocumentPrinter.class, "pdf-folder").orElseThrow()
                .open(new DeviceSettings("pdf-folder", Map.of("type", "pdf-folder", "folder", folder.toString())))) {
            assertThat(Files.isDirectory(folder)).isTrue();
            assertThat(printer.status().blockingError()).isEmpty();
        }
    }
}
