package id.anjungan.core.print;

import id.anjungan.core.session.DocumentOutput;
import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;
import id.anjungan.device.api.DocumentPrinter;
import id.anjungan.device.api.JobState;
import id.anjungan.device.api.JobStatus;
import id.anjungan.device.api.PrintJob;
import id.anjungan.device.api.PrintRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link DocumentOutput} over the device API's A4 {@link DocumentPrinter}: hands the PDF over and waits until the
 * print system says the job completed, so "sudah dicetak" on screen means printed, not merely queued. The job title
 * the print system sees is built here from the kind of document and a running number, never from the caller's text,
 * so no personal data reaches CUPS logs.
 */
public final class DocumentPrinting implements DocumentOutput, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentPrinting.class);

    private final DocumentPrinter printer;
    private final Duration completion;
    private final AtomicLong sequence = new AtomicLong(System.currentTimeMillis() % 100_000);

    public DocumentPrinting(DocumentPrinter printer, Duration completion) {
        this.printer = printer;
        this.completion = completion;
    }

    @Override
    public void print(Path pdf, String what) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(pdf);
        } catch (IOException e) {
            throw new DeviceException(DeviceError.DOCUMENT_NOT_PDF, "cannot read the document to print: " + e.getMessage(), e);
        }
        String reference = "A" + sequence.incrementAndGet();
        PrintRequest request = switch (what.toLowerCase(Locale.ROOT)) {
            case "biodata" -> PrintRequest.biodata(bytes, reference);
            case "family card" -> PrintRequest.familyCard(bytes, reference);
            default -> PrintRequest.letter(bytes, reference);
        };
        PrintJob job = printer.print(request);
        JobStatus end = job.awaitCompletion(completion);
        if (end.state() != JobState.DONE) {
            DeviceError reason = end.reason() == null ? DeviceError.DOCUMENT_JOB_FAILED : end.reason();
            throw new DeviceException(reason, "A4 job " + job.id() + " (" + request.title() + ") ended " + end.state());
        }
        LOG.info("A4 job {} ({}) printed", job.id(), request.title());
    }

    @Override
    public void close() {
        printer.close();
    }
}
