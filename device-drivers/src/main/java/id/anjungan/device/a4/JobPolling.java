package id.anjungan.device.a4;

import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;
import id.anjungan.device.api.JobStatus;
import id.anjungan.device.transport.DeviceTiming;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Waits for a job to end by reading its state at an interval; shared by every document printer. */
public final class JobPolling {

    private JobPolling() {
    }

    /**
     * Reads {@code status} until it is final, telling {@code onChange} each new state.
     *
     * @throws DeviceException with {@link DeviceError#DOCUMENT_JOB_TIMEOUT} when no final state comes in time
     */
    public static JobStatus await(String jobId, Supplier<JobStatus> status, Duration timeout, Duration interval,
                                  Consumer<JobStatus> onChange) {
        long deadline = System.nanoTime() + timeout.toNanos();
        JobStatus last = null;
        while (true) {
            JobStatus now = status.get();
            if (!now.equals(last)) {
                onChange.accept(now);
                last = now;
            }
            if (now.state().isFinal()) {
                return now;
            }
            if (System.nanoTime() - deadline >= 0 || Thread.currentThread().isInterrupted()) {
                throw new DeviceException(DeviceError.DOCUMENT_JOB_TIMEOUT, "job " + jobId + " still " + now.state()
                        + now.why().map(reason -> " (" + reason + ")").orElse("") + " after " + timeout);
            }
            DeviceTiming.pause(interval);
        }
    }
}
