package id.anjungan.device.api;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * A document handed to the A4 printer. Its state is read from the print system each time it is
 * asked for, never cached; {@link JobState#DONE} is reported only when the print system says the
 * job completed.
 */
public interface PrintJob {

    /** The print system's job identifier, e.g. {@code A4PDF-42}; safe to log. */
    String id();

    /**
     * Reads the job's state now.
     *
     * @throws DeviceException with {@link DeviceError#DOCUMENT_PRINTER_UNREACHABLE} when the print system does not answer
     */
    JobStatus status();

    /**
     * Waits until the job is done or failed, telling {@code onChange} each state it sees (the first
     * one included), so a screen can show "printing" or "paper out".
     *
     * @return the final status: {@link JobState#DONE}, or {@link JobState#FAILED} with its reason
     * @throws DeviceException with {@link DeviceError#DOCUMENT_JOB_TIMEOUT} when the job has not ended
     *                         within {@code timeout} (it may still print later), or when the print
     *                         system cannot be reached
     */
    JobStatus awaitCompletion(Duration timeout, Consumer<JobStatus> onChange);

    /** {@link #awaitCompletion(Duration, Consumer)} without observing the steps. */
    default JobStatus awaitCompletion(Duration timeout) {
        return awaitCompletion(timeout, status -> { });
    }
}
