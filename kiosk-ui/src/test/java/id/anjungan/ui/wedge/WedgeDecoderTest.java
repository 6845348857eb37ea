package id.anjungan.ui.wedge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class WedgeDecoderTest {

    private final WedgeDecoder decoder = new WedgeDecoder();

    private Optional<WedgeDecoder.Burst> type(String text, long gapMillis) {
        long t = 1_000_000_000L;
        Optional<WedgeDecoder.Burst> last = Optional.empty();
        for (char c : (text + "\r").toCharArray()) {
            last = decoder.key(c, t);
            t += gapMillis * 1_000_000L;
        }
        return last;
    }

    @Test
    void aFastBurstOfTenDigitsIsACardTap() {
        assertThat(type("1234567890", 5)).contains(new WedgeDecoder.Burst("1234567890", true));
    }

    @Test
    void aFastBurstWithANikIsAScanNotACard() {
        assertThat(type("3301051203800001", 5)).contains(new WedgeDecoder.Burst("3301051203800001", false));
    }

    @Test
    void personTypingIsNoDeviceBurst() {
        assertThat(type("1234567890", 200)).isEmpty();
    }

    @Test
    void aShortFastBurstIsNoDeviceBurst() {
        assertThat(type("123", 5)).isEmpty();
    }

    @Test
    void aSlowStartDoesNotSpoilTheNextBurst() {
        type("12", 300);
        assertThat(type("1234567890", 5)).isPresent();
    }
}
