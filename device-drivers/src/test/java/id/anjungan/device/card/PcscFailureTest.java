package id.anjungan.device.card;

import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.device.api.DeviceError;
import javax.smartcardio.CardException;
import org.junit.jupiter.api.Test;

class PcscFailureTest {

    private static CardException failure(String code) {
        return new CardException("list() failed", new Exception(code));
    }

    @Test
    void deadServiceIsAServiceFailure() {
        assertThat(PcscFailure.kind(failure("SCARD_E_NO_SERVICE"))).isEqualTo(PcscFailure.Kind.SERVICE);
        assertThat(PcscFailure.kind(failure("SCARD_E_SERVICE_STOPPED"))).isEqualTo(PcscFailure.Kind.SERVICE);
    }

    @Test
    void vanishedReaderIsAReaderFailure() {
        assertThat(PcscFailure.kind(failure("SCARD_E_UNKNOWN_READER"))).isEqualTo(PcscFailure.Kind.READER);
        assertThat(PcscFailure.error(PcscFailure.Kind.READER)).isEqualTo(DeviceError.CARD_READER_NOT_FOUND);
    }

    @Test
    void cardPulledAwayEarlyOnlyConcernsThatCard() {
        assertThat(PcscFailure.kind(failure("SCARD_W_REMOVED_CARD"))).isEqualTo(PcscFailure.Kind.CARD);
    }

    @Test
    void unknownCodeIsTreatedAsTheServiceFailing() {
        assertThat(PcscFailure.kind(failure("SCARD_E_SOMETHING_NEW"))).isEqualTo(PcscFailure.Kind.SERVICE);
        assertThat(PcscFailure.error(PcscFailure.Kind.SERVICE)).isEqualTo(DeviceError.CARD_SERVICE_UNAVAILABLE);
    }

    @Test
    void codeIsFoundInsideALongerMessage() {
        assertThat(PcscFailure.code(new CardException("x", new Exception("wrapped: SCARD_E_TIMEOUT (0x8010000A)"))))
                .isEqualTo("SCARD_E_TIMEOUT");
    }
}
