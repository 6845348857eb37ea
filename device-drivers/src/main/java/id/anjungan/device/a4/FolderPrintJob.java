package id.anjungan.device.a4;

import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.JobStatus;
import id.anjungan.device.api.PrintJob;
import id.anjungan.device.api.PrintRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One job of a {@link PdfFolderPrinter}: done once its file is completely in place. */
final class FolderPrintJob implements PrintJob {

    private static final Logger LOG = LoggerFactory.getLogger(FolderPrintJob.class);
    private static final Duration POLL = Duration.ofMillis(20);

    private final String id;
    private final PrintRequest request;
    private final Path folder;
    private volatile JobStatus status = JobStatus.queued();

    FolderPrintJob(String id, PrintRequest request, Path folder) {
        this.id = id;
        this.request = request;
        this.folder = folder;
    }

    void write() {
        status = JobStatus.printing();
        Path target = folder.resolve("job_" + id.substring(id.indexOf('-') + 1) + "-" + request.title() + ".pdf");
        Path part = folder.resolve("." + target.getFileName() + ".part");
        try {
            Files.write(part, request.pdf());
            // readers of the folder never see half a file: it appears whole or not at all
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            status = JobStatus.done();
            LOG.info("Job {} written to {}", id, target);
        } catch (IOException e) {
            LOG.warn("Job {} could not be written to {}: {}", id, folder, e.toString());
            status = JobStatus.failed(DeviceError.DOCUMENT_JOB_FAILED);
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // the half file is harmless: its name starts with a dot and never looks like a job
            }
        }
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public JobStatus status() {
        return status;
    }

    @Override
    public JobStatus awaitCompletion(Duration timeout, Consumer<JobStatus> onChange) {
        return JobPolling.await(id, this::status, timeout, POLL, onChange);
    }

    @Override
    public String toString() {
        return id + " " + status.state();
    }
}
