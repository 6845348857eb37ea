package id.anjungan.backend.opensid;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FailureMapperTest {

    @Test
    void readsTheWaitFromOpenSidsLockoutSentence() {
        assertThat(FailureMapper.waitOf("Terlalu banyak upaya masuk. Silahkan coba lagi dalam 3599 detik."))
                .isEqualTo(Duration.ofSeconds(3599));
    }

    @Test
    void aLockoutSentenceWithoutANumberHasNoKnownWait() {
        assertThat(FailureMapper.waitOf("Terlalu banyak upaya masuk.")).isNull();
    }
}
