package id.anjungan.device.a4;

import static id.anjungan.device.a4.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.JobState;
import id.anjungan.device.api.JobStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobPollingTest {

    private static final Duration FAST = Duration.ofMillis(1);

    @Test
    void eachChangeIsToldOnceAndTheFinalStateIsReturned() {
        Iterator<JobStatus> states = List.of(JobStatus.queued(), JobStatus.queued(), JobStatus.printing(), JobStatus.printing(),
                JobStatus.done()).iterator();
        List<JobStatus> seen = new ArrayList<>();

        JobStatus end = JobPolling.await("A4-1", states::next, Duration.ofSeconds(5), FAST, seen::add);

        assertThat(end).isEqualTo(JobStatus.done());
        assertThat(seen).containsExactly(JobStatus.queued(), JobStatus.printing(), JobStatus.done());
    }

    @Test
    void aNewHoldUpReasonCountsAsAChange() {
        JobStatus waitingForPaper = new JobStatus(JobState.QUEUED, DeviceError.DOCUMENT_PAPER_OUT);
        Iterator<JobStatus> states = List.of(JobStatus.queued(), waitingForPaper, JobStatus.failed(DeviceError.DOCUMENT_JOB_FAILED))
                .iterator();
        List<JobStatus> seen = new ArrayList<>();

        JobPolling.await("A4-2", states::next, Duration.ofSeconds(5), FAST, seen::add);

        assertThat(seen).containsExactly(JobStatus.queued(), waitingForPaper, JobStatus.failed(DeviceError.DOCUMENT_JOB_FAILED));
    }

    @Test
    void jobThatNeverEndsTimesOut() {
        assertRefused(() -> JobPolling.await("A4-3", JobStatus::queued, Duration.ofMillis(50), FAST, status -> { }),
                DeviceError.DOCUMENT_JOB_TIMEOUT);
    }
}
