package id.anjungan.device.api;

import java.util.Objects;
import java.util.Optional;

/**
 * A document print job's state at one moment.
 *
 * @param state  queued, printing, done or failed
 * @param reason why it failed (always set for {@link JobState#FAILED}); for a queued or printing job
 *               what holds it up, such as {@link DeviceError#DOCUMENT_PAPER_OUT}; {@code null} otherwise
 */
public record JobStatus(JobState state, DeviceError reason) {

    public JobStatus {
        Objects.requireNonNull(state, "state");
        if (state == JobState.FAILED && reason == null) {
            throw new IllegalArgumentException("a failed job needs a reason");
        }
        if (state == JobState.DONE && reason != null) {
            throw new IllegalArgumentException("a done job has no reason");
        }
    }

    public static JobStatus queued() {
        return new JobStatus(JobState.QUEUED, null);
    }

    public static JobStatus printing() {
        return new JobStatus(JobState.PRINTING, null);
    }

    public static JobStatus done() {
        return new JobStatus(JobState.DONE, null);
    }

    public static JobStatus failed(DeviceError reason) {
        return new JobStatus(JobState.FAILED, reason);
    }

    /** The reason, if any. */
    public Optional<DeviceError> why() {
        return Optional.ofNullable(reason);
    }
}
