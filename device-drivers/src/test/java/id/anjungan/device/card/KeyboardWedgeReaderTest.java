package id.anjungan.device.card;

import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.device.api.CardTap;
import id.anjungan.device.api.ScannedCode;
import id.anjungan.device.rig.EventRecorder;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class KeyboardWedgeReaderTest {

    private static final long MS = 1_000_000L;

    private final KeyboardWedgeReader wedge = new KeyboardWedgeReader(WedgeSettings.defaults(), Clock.systemUTC());
    private final EventRecorder events = new EventRecorder();
    private long now;

    private String burst(String text) {
        StringBuilder passed = new StringBuilder();
        for (char c : text.toCharArray()) {
            now += 3 * MS;
            passed.append(wedge.key(c, now));
        }
        return passed.toString();
    }

    @Test
    void cardBurstReachesCardListenersAndNothingIsTyped() throws Exception {
        wedge.addListener((id.anjungan.device.api.CardListener) events);

        assertThat(burst("0012345678\r")).isEmpty();
        assertThat(events.next(CardTap.class, Duration.ofSeconds(1)).reader()).isEqualTo(KeystrokeDecoder.READER);
    }

    @Test
    void codeBurstReachesScanListeners() throws Exception {
        wedge.addListener((id.anjungan.device.api.CodeScanListener) events);

        burst("]Q1ANJ-7F3K-9Q2X\r");

        assertThat(events.next(ScannedCode.class, Duration.ofSeconds(1)).text()).isEqualTo("ANJ-7F3K-9Q2X");
    }

    @Test
    void personsKeyComesBackOnceThePauseShowsItWasAPerson() {
        assertThat(wedge.key('7', 0)).isEmpty();

        assertThat(wedge.idle(100 * MS)).isEqualTo("7");
    }
}
