package id.anjungan.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.core.print.DocumentPrinting;
import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;
import id.anjungan.device.api.DocumentPrinter;
import id.anjungan.device.api.DocumentPrinterStatus;
import id.anjungan.device.api.PrintJob;
import id.anjungan.device.api.PrintRequest;
import id.anjungan.device.api.PrinterStateReason;
import id.anjungan.device.api.RasterImage;
import id.anjungan.ui.shell.Service.Device;
import java.time.Duration;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;

class DeviceWatchTest {

    /** An A4 printer whose print system reports what the test says. */
    private static final class ScriptedPrinter implements DocumentPrinter {
        private final Supplier<DocumentPrinterStatus> status;

        ScriptedPrinter(Supplier<DocumentPrinterStatus> status) {
            this.status = status;
        }

        @Override
        public PrintJob print(PrintRequest request) {
            throw new IllegalStateException("the watch never prints");
        }

        @Override
        public DocumentPrinterStatus status() {
            return status.get();
        }

        @Override
        public RasterImage preview(byte[] pdf) {
            throw new IllegalStateException("the watch never previews");
        }

        @Override
        public void close() {
        }
    }

    private static DeviceWatch watching(DocumentPrinter printer) {
        GenericApplicationContext context = new GenericApplicationContext();
        if (printer != null) {
            context.registerBean(DocumentPrinting.class, () -> new DocumentPrinting(printer, Duration.ofSeconds(1)));
        }
        context.refresh();
        return new DeviceWatch(context);
    }

    @Test
    void aReadyA4PrinterKeepsItsServicesOn() {
        assertThat(watching(new ScriptedPrinter(DocumentPrinterStatus::ready)).read()).containsEntry(Device.A4_PRINTER, true);
    }

    @Test
    void anA4PrinterOutOfPaperTurnsItsServicesOff() {
        DocumentPrinterStatus noPaper = new DocumentPrinterStatus(true, false, Set.of(PrinterStateReason.MEDIA_EMPTY));
        assertThat(watching(new ScriptedPrinter(() -> noPaper)).read()).containsEntry(Device.A4_PRINTER, false);
    }

    @Test
    void anA4PrinterThatCannotBeAskedIsDown() {
        assertThat(watching(new ScriptedPrinter(() -> {
            throw new DeviceException(DeviceError.TRANSPORT_UNAVAILABLE, "cupsd gone");
        })).read()).containsEntry(Device.A4_PRINTER, false);
    }

    @Test
    void aKioskWithoutAnA4PrinterOffersNoA4Service() {
        assertThat(watching(null).read()).containsEntry(Device.A4_PRINTER, false).doesNotContainKey(Device.BACKEND);
    }
}
