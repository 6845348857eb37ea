package id.anjungan.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.backend.BackendError;
import id.anjungan.backend.BackendException;
import id.anjungan.ui.session.Problem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TasksTest {

    @Test
    void aFailureArrivesAsAProblemAndTheWaitEnds() {
        Tasks tasks = Tasks.direct();
        List<Problem> problems = new ArrayList<>();
        tasks.run("wait", () -> {
            throw new BackendException(BackendError.UNAVAILABLE, "timeout");
        }, done -> { }, problems::add);
        assertThat(problems).extracting(Problem::key).containsExactly("error.UNAVAILABLE");
        assertThat(tasks.busy()).isFalse();
    }

    @Test
    void anUnexpectedFailureBecomesAPlainSentenceNotAStackTrace() {
        List<Problem> problems = new ArrayList<>();
        Tasks.direct().run("wait", () -> {
            throw new IllegalStateException("boom");
        }, done -> { }, problems::add);
        assertThat(problems).extracting(Problem::key).containsExactly("error.unexpected");
    }
}
