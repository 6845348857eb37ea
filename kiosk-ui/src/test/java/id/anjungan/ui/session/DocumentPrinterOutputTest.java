package id.anjungan.ui.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.anjungan.backend.PdfDocument;
import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;
import id.anjungan.device.api.JobStatus;
import id.anjungan.device.api.Orientation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentPrinterOutputTest {

    private static final PdfDocument PDF = new PdfDocument("%PDF-1.7\n%%EOF".getBytes(), "surat BUDI SANTOSO.pdf");

    private final FakeDocumentPrinter printer = new FakeDocumentPrinter();
    private final DocumentPrinterOutput output = new DocumentPrinterOutput(printer, Duration.ofMinutes(1));

    @Test
    void aLetterIsSentUnderANeutralTitleAndReportedDone() {
        List<String> progress = new ArrayList<>();
        output.print(PDF, DocumentKind.LETTER, (done, total) -> progress.add(done + "/" + total));
        assertThat(printer.requests.get(0).title()).startsWith("surat-kiosk-").doesNotContain("BUDI");
        assertThat(progress).last().isEqualTo("1/1");
    }

    @Test
    void aFamilyCardPrintsLandscape() {
        output.print(PDF, DocumentKind.FAMILY_CARD, (done, total) -> { });
        assertThat(printer.requests.get(0).orientation()).isEqualTo(Orientation.LANDSCAPE);
    }

    @Test
    void aJobThatFailsIsAFailureWithThePrintersReason() {
        printer.ending = JobStatus.failed(DeviceError.DOCUMENT_PAPER_OUT);
        assertThatThrownBy(() -> output.print(PDF, DocumentKind.LETTER, (done, total) -> { }))
                .isInstanceOf(DeviceException.class)
                .satisfies(failure -> assertThat(((DeviceException) failure).error()).isEqualTo(DeviceError.DOCUMENT_PAPER_OUT));
    }
}
