package id.anjungan.core.print;

import id.anjungan.core.session.DocumentOutput;
import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;
import id.anjungan.device.api.DocumentPrinter;
import id.anjungan.device.api.DocumentPrinterStatus;
import id.anjungan.device.api.JobState;
import id.anjungan.device.api.JobStatus;
import id.anjungan.device.api.PrintJob;
import id.anjungan.device.api.PrintRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
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
    private final List<DocumentWatcher> watchers = new CopyOnWriteArrayList<>();

    public DocumentPrinting(DocumentPrinter printer, Duration completion) {
        this.printer = printer;
        this.completion = completion;
    }

    /** The A4 printer's state as its print system reports it now (paper, toner, a stopped queue). */
    public DocumentPrinterStatus status() {
        return printer.status();
    }

    /** A screen that shows what prints; watchers stay until removed. */
    public void addWatcher(DocumentWatcher watcher) {
        watchers.add(watcher);
    }

    public void removeWatcher(DocumentWatcher watcher) {
        watchers.remove(watcher);
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
        watchers.forEach(watcher -> watcher.started(pdf, what));
        PrintJob job = printer.print(request);
        JobStatus end = job.awaitCompletion(completion, status -> watchers.forEach(watcher -> watcher.status(status)));
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
