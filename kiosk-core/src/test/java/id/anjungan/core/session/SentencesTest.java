package id.anjungan.core.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.anjungan.backend.BackendError;
import id.anjungan.backend.BackendException;
import id.anjungan.device.api.DeviceError;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {

    @Test
    void theOutboxReportNamesOnlyTheCountsThatAreNotZero() {
        Said said = Sentences.outboxReport(0, 2, 0);

        assertThat(said.key()).isEqualTo("outbox.report");
        assertThat(said.args()).containsExactly(0, 2, 0);
        assertThat(said.indonesian())
                .isEqualTo("2 permohonan yang tersimpan ditolak server desa; silakan ajukan ulang atau tanya petugas.");
    }

    @Test
    void theOutboxReportJoinsItsPartsWithOneSpace() {
        assertThat(Sentences.outboxReport(1, 1, 3).indonesian()).isEqualTo("1 permohonan yang tersimpan sudah terkirim ke kantor"
                + " desa. 1 permohonan yang tersimpan ditolak server desa; silakan ajukan ulang atau tanya petugas. 3 permohonan"
                + " masih tersimpan dan akan dikirim saat layanan desa dapat dihubungi.");
    }

    @Test
    void aBackendFailureIsSaidByItsErrorsName() {
        Said said = Sentences.backend(new BackendException(BackendError.NOT_FOUND, "no such letter"));

        assertThat(said).isEqualTo(Said.of("error.NOT_FOUND", BackendError.NOT_FOUND.residentMessage()));
    }

    @Test
    void aServerLockoutWithItsWaitGivesTheMinutesRoundedUp() {
        BackendException locked = BackendException.lockedOut("too many", Duration.ofSeconds(61));

        Said said = Sentences.backend(locked);

        assertThat(said.key()).isEqualTo("error.LOCKED_OUT_FOR");
        assertThat(said.args()).containsExactly(2L);
        assertThat(said.indonesian()).isEqualTo(locked.residentMessage());
    }

    @Test
    void aServerLockoutWithoutAWaitIsThePlainLockout() {
        assertThat(Sentences.backend(BackendException.lockedOut("too many", null)).key()).isEqualTo("error.LOCKED_OUT");
    }

    @Test
    void theLocalLockoutSaysAtLeastOneMinute() {
        assertThat(Sentences.localLockout(Duration.ofSeconds(5)).args()).containsExactly(1L);
    }

    @Test
    void aDeviceFailureIsSaidByItsErrorsNameWithItsSentence() {
        assertThat(Sentences.device(DeviceError.DOCUMENT_PAPER_JAM))
                .isEqualTo(Said.of("device.DOCUMENT_PAPER_JAM", DeviceError.DOCUMENT_PAPER_JAM.sentence()));
    }

    @Test
    void aSaidShowsItsIndonesianSentenceAsText() {
        assertThat(Sentences.wrongPin(1)).hasToString(BackendError.WRONG_CREDENTIALS.residentMessage() + " Sisa percobaan: 1.");
    }

    @Test
    void theArgumentsCannotBeChangedAfterwards() {
        List<Object> args = new ArrayList<>(List.of(3));
        Said said = new Said("identify.wrongPin", args, "x");
        args.add(4);

        assertThat(said.args()).containsExactly(3);
        assertThatThrownBy(() -> said.args().add(5)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aSaidWithoutAKeyIsRefused() {
        assertThatThrownBy(() -> Said.of(null, "x")).isInstanceOf(NullPointerException.class).hasMessage("key");
    }
}
