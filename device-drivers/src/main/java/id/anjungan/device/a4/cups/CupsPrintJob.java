package id.anjungan.device.a4.cups;

import id.anjungan.device.a4.JobPolling;
import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DocumentPrinterStatus;
import id.anjungan.device.api.JobStatus;
import id.anjungan.device.api.PrintJob;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.function.Consumer;

/** A job in a CUPS queue, its state read over IPP on every question. */
final class CupsPrintJob implements PrintJob {

    private final String queue;
    private final int jobId;
    private final CupsIppClient ipp;
    private final Duration pollInterval;

    CupsPrintJob(String queue, int jobId, CupsIppClient ipp, Duration pollInterval) {
        this.queue = queue;
        this.jobId = jobId;
        this.ipp = ipp;
        this.pollInterval = pollInterval;
    }

    @Override
    public String id() {
        return queue + "-" + jobId;
    }

    int jobId() {
        return jobId;
    }

    @Override
    public JobStatus status() {
        OptionalInt state = ipp.jobState(queue, jobId);
        if (state.isEmpty()) {
            // purged from CUPS' history without completing: it will not print any more
            return JobStatus.failed(DeviceError.DOCUMENT_JOB_FAILED);
        }
        if (IppStates.isFinal(state.getAsInt())) {
            return IppStates.jobStatus(state.getAsInt(), DocumentPrinterStatus.ready());
        }
        return IppStates.jobStatus(state.getAsInt(), ipp.printerStatus(queue));
    }

    @Override
    public JobStatus awaitCompletion(Duration timeout, Consumer<JobStatus> onChange) {
        return JobPolling.await(id(), this::status, timeout, pollInterval, onChange);
    }

    @Override
    public String toString() {
        return id();
    }
}
