package id.anjungan.backend;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BackendErrorTest {

    @Test
    void everyErrorHasItsOwnIndonesianSentence() {
        assertThat(Arrays.stream(BackendError.values()).map(BackendError::residentMessage))
                .allSatisfy(sentence -> assertThat(sentence).isNotBlank().endsWith("."))
                .doesNotHaveDuplicates();
    }

    @Test
    void aLockoutTellsTheResidentHowManyMinutesToWait() {
        BackendException lockout = BackendException.lockedOut("test", Duration.ofSeconds(61));

        assertThat(lockout.residentMessage()).contains("2 menit");
    }

    @Test
    void aLockoutWithoutAKnownWaitUsesThePlainSentence() {
        BackendException lockout = BackendException.lockedOut("test", null);

        assertThat(lockout.residentMessage()).isEqualTo(BackendError.LOCKED_OUT.residentMessage());
    }
}
