package id.anjungan.device.a4.cups;

import static id.anjungan.device.a4.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.device.a4.TestPdfs;
import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceHealth;
import id.anjungan.device.api.DocumentPrinterStatus;
import id.anjungan.device.api.PrintRequest;
import id.anjungan.device.api.PrinterStateReason;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.print.PrintService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Pre-flight against printer conditions a CUPS-PDF queue never shows, spoken as real IPP by
 * {@link IppPrinterSimulator}; the print service is a stand-in that counts submissions.
 */
class CupsDocumentPrinterDriverTest {

    private static final String QUEUE = "SIM";

    private IppPrinterSimulator printer;
    private final AtomicInteger submissions = new AtomicInteger();
    private CupsDocumentPrinterDriver driver;

    @BeforeEach
    void start() throws Exception {
        printer = new IppPrinterSimulator(QUEUE);
        driver = driverFor(QUEUE);
    }

    @AfterEach
    void stop() {
        driver.close();
        printer.close();
    }

    private CupsDocumentPrinterDriver driverFor(String queue) {
        CupsSettings local = CupsSettings.forQueue(queue);
        CupsSettings settings = new CupsSettings(local.queue(), printer.uri(), local.limits(), local.ippTimeouts(),
                local.submitTimeout(), local.pollInterval(), "kiosk");
        return new CupsDocumentPrinterDriver(settings, new PrintServiceFinder() {
            @Override
            public Optional<PrintService> byName(String name) {
                return Optional.of(countingService(name));
            }

            @Override
            public Optional<PrintService> systemDefault() {
                return Optional.empty();
            }
        });
    }

    private PrintService countingService(String name) {
        return (PrintService) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {PrintService.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getName" -> name;
                    case "isDocFlavorSupported" -> true;
                    case "createPrintJob" -> {
                        submissions.incrementAndGet();
                        throw new IllegalStateException("a refused print must not reach the queue");
                    }
                    default -> null;
                });
    }

    private void printRefused(DeviceError expected) {
        assertRefused(() -> driver.print(PrintRequest.letter(TestPdfs.letter("SURAT"), "PRM-1")), expected);
        assertThat(submissions).hasValue(0);
    }

    @Test
    void printerWithoutPaperIsRefusedWithNothingSent() {
        printer.state(3, true, List.of("media-empty-error"));

        printRefused(DeviceError.DOCUMENT_PAPER_OUT);
    }

    @Test
    void offlinePrinterIsRefusedWithNothingSent() {
        printer.state(3, true, List.of("offline-report"));

        printRefused(DeviceError.DOCUMENT_PRINTER_OFFLINE);
    }

    @Test
    void jammedPrinterIsRefusedWithNothingSent() {
        printer.state(5, true, List.of("paused", "media-jam-error"));

        printRefused(DeviceError.DOCUMENT_PAPER_JAM);
    }

    @Test
    void openDoorIsRefusedWithNothingSent() {
        printer.state(3, true, List.of("door-open-error"));

        printRefused(DeviceError.DOCUMENT_DOOR_OPEN);
    }

    @Test
    void stoppedQueueIsRefusedWithNothingSent() {
        printer.state(5, true, List.of("paused"));

        printRefused(DeviceError.DOCUMENT_QUEUE_STOPPED);
    }

    @Test
    void lowTonerIsReadAsAWarningOnly() {
        printer.state(3, true, List.of("toner-low-warning", "media-low-report"));

        DocumentPrinterStatus status = driver.status();

        assertThat(status).isEqualTo(new DocumentPrinterStatus(true, false, Set.of(PrinterStateReason.TONER_LOW)));
        assertThat(status.toHealth(Instant.EPOCH).state()).isEqualTo(DeviceHealth.State.DEGRADED);
    }

    @Test
    void queueCupsDoesNotKnowIsNotFound() {
        try (CupsDocumentPrinterDriver other = driverFor("LAIN")) {
            assertRefused(other::status, DeviceError.DOCUMENT_PRINTER_NOT_FOUND);
        }
    }

    @Test
    void answerThatIsNotIppIsUnreachable() {
        printer.breakHttp();

        printRefused(DeviceError.DOCUMENT_PRINTER_UNREACHABLE);
    }

    @Test
    void corruptPdfIsRefusedBeforeThePrinterIsAsked() {
        printer.breakHttp();

        assertRefused(() -> driver.print(PrintRequest.letter(new byte[] {1, 2, 3}, "X")), DeviceError.DOCUMENT_NOT_PDF);
        assertThat(submissions).hasValue(0);
    }
}
