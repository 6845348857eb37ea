package id.anjungan.device.a4;

import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;
import id.anjungan.device.api.DocumentPrinter;
import id.anjungan.device.api.DocumentPrinterStatus;
import id.anjungan.device.api.PrintJob;
import id.anjungan.device.api.PrintRequest;
import id.anjungan.device.api.RasterImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A document printer whose paper is a folder: each job becomes {@code job_<n>-<title>.pdf}, written
 * in job order by one background writer, so callers see the same queued, printing and done states as
 * with CUPS. For demo mode and for kiosks tested without CUPS. The same checks as the real printer
 * apply before a job is accepted.
 */
public final class PdfFolderPrinter implements DocumentPrinter {

    private static final Logger LOG = LoggerFactory.getLogger(PdfFolderPrinter.class);

    private final Path folder;
    private final PdfInspector inspector;
    private final PagePreview preview;
    private final ExecutorService writer;
    private final AtomicInteger sequence = new AtomicInteger();

    public PdfFolderPrinter(Path folder, PdfLimits limits) {
        this.folder = folder;
        this.inspector = new PdfInspector(limits);
        this.preview = new PagePreview(inspector);
        this.writer = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "pdf-folder-printer");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public PrintJob print(PrintRequest request) {
        inspector.check(request.pdf());
        status();
        FolderPrintJob job = new FolderPrintJob("folder-" + sequence.incrementAndGet(), request, folder);
        writer.execute(job::write);
        LOG.info("Queued {} ({}, {} bytes) to {}", job.id(), request.title(), request.size(), folder);
        return job;
    }

    /** Ready while the folder exists and is writable. */
    @Override
    public DocumentPrinterStatus status() {
        if (!Files.isDirectory(folder) || !Files.isWritable(folder)) {
            throw new DeviceException(DeviceError.DOCUMENT_PRINTER_NOT_FOUND, "output folder " + folder + " is missing or not writable");
        }
        return DocumentPrinterStatus.ready();
    }

    @Override
    public RasterImage preview(byte[] pdf) {
        return preview.firstPage(pdf);
    }

    /** Lets queued jobs finish writing, for up to ten seconds. */
    @Override
    public void close() {
        writer.shutdown();
        try {
            if (!writer.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("Jobs still unwritten in {} at close", folder);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
