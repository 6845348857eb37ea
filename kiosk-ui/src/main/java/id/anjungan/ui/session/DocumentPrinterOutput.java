package id.anjungan.ui.session;

import id.anjungan.backend.PdfDocument;
import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;
import id.anjungan.device.api.DocumentPrinter;
import id.anjungan.device.api.JobState;
import id.anjungan.device.api.JobStatus;
import id.anjungan.device.api.PrintJob;
import id.anjungan.device.api.PrintRequest;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A4 output on the kiosk's A4 printer: the job is followed until the print system says done or failed. */
public final class DocumentPrinterOutput implements DocumentOutput {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentPrinterOutput.class);

    private final DocumentPrinter printer;
    private final Duration timeout;
    private final AtomicInteger sequence = new AtomicInteger();

    public DocumentPrinterOutput(DocumentPrinter printer, Duration timeout) {
        this.printer = Objects.requireNonNull(printer, "printer");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    @Override
    public void print(PdfDocument document, DocumentKind kind, PrintProgress progress) {
        // a neutral title: job names show in CUPS logs, so never a name or a NIK
        String reference = "kiosk-" + sequence.incrementAndGet();
        PrintRequest request = switch (kind) {
            case LETTER -> PrintRequest.letter(document.bytes(), reference);
            case BIODATA -> PrintRequest.biodata(document.bytes(), reference);
            case FAMILY_CARD -> PrintRequest.familyCard(document.bytes(), reference);
            default -> throw new IllegalArgumentException("unknown document kind " + kind);
        };
        PrintJob job = printer.print(request);
        progress.pages(0, 0);
        JobStatus end = job.awaitCompletion(timeout, status -> LOG.info("A4 job {}: {}", job.id(), status.state()));
        if (end.state() != JobState.DONE) {
            throw new DeviceException(end.why().orElse(DeviceError.DOCUMENT_JOB_TIMEOUT), "A4 job " + job.id() + " ended " + end);
        }
        progress.pages(1, 1);
    }

    @Override
    public String location() {
        return "";
    }
}
