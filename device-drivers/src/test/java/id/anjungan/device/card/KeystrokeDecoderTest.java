package id.anjungan.device.card;

import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.device.api.CardTap;
import id.anjungan.device.api.CardUid;
import id.anjungan.device.api.CardUnreadable;
import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.ScanSource;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeystrokeDecoderTest {

    private static final long MS = 1_000_000L;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-05T08:00:00Z"), ZoneOffset.UTC);

    private final List<WedgeOutput> out = new ArrayList<>();
    private long now = 1_000 * MS;

    private KeystrokeDecoder decoder(WedgeSettings settings) {
        return new KeystrokeDecoder(settings, CLOCK);
    }

    /** Types {@code text} with {@code gapMs} between keys, {@code \r} meaning Enter. */
    private void type(KeystrokeDecoder decoder, String text, long gapMs) {
        for (char c : text.toCharArray()) {
            now += gapMs * MS;
            out.addAll(decoder.key(c, now));
        }
    }

    private void idle(KeystrokeDecoder decoder, long ms) {
        now += ms * MS;
        out.addAll(decoder.idle(now));
    }

    private String typed() {
        StringBuilder text = new StringBuilder();
        out.stream().filter(WedgeOutput.Typed.class::isInstance).map(WedgeOutput.Typed.class::cast).forEach(t -> text.append(t.text()));
        return text.toString();
    }

    private List<WedgeOutput> devices() {
        return out.stream().filter(o -> !(o instanceof WedgeOutput.Typed)).toList();
    }

    @Test
    void readerBurstOfTenDigitsAndEnterIsACardTap() {
        KeystrokeDecoder decoder = decoder(WedgeSettings.defaults());

        type(decoder, "0012345678\r", 4);

        assertThat(devices()).singleElement().isInstanceOfSatisfying(WedgeOutput.Card.class, c ->
                assertThat(((CardTap) c.event()).uid()).isEqualTo(CardUid.of(new byte[] {0x00, (byte) 0xBC, 0x61, 0x4E})));
        assertThat(typed()).isEmpty();
    }

    @Test
    void personTypingANikIsPassedThroughUnchanged() {
        KeystrokeDecoder decoder = decoder(WedgeSettings.defaults());

        type(decoder, "3301010101010001\r", 180);

        assertThat(devices()).isEmpty();
        assertThat(typed()).isEqualTo("3301010101010001\r");
    }

    @Test
    void fastTypistWithKeyRolloverIsStillAPerson() {
        KeystrokeDecoder decoder = decoder(WedgeSettings.defaults());

        // pairs of keys 15 ms apart (rollover), 70 ms between pairs
        for (String pair : List.of("33", "01", "01", "01", "01", "01", "00", "01")) {
            type(decoder, pair.substring(0, 1), 70);
            type(decoder, pair.substring(1), 15);
        }
        type(decoder, "\r", 90);

        assertThat(devices()).isEmpty();
        assertThat(typed()).isEqualTo("3301010101010001\r");
    }

    @Test
    void heldKeysAreReleasedWhenThePersonPauses() {
        KeystrokeDecoder decoder = decoder(WedgeSettings.defaults());

        type(decoder, "3", 0);
        assertThat(typed()).isEmpty();
        idle(decoder, 31);

        assertThat(typed()).isEqualTo("3");
    }

    @Test
    void burstInterruptedByAPauseIsPassedThroughAsTyping() {
        KeystrokeDecoder decoder = decoder(WedgeSettings.defaults());

        type(decoder, "00123", 4);
        type(decoder, "45678\r", 200);

        assertThat(devices()).isEmpty();
        assertThat(typed()).isEqualTo("0012345678\r");
    }

    @Test
    void burstWithoutEnterIsPassedThroughWhenEnterIsRequired() {
        KeystrokeDecoder decoder = decoder(WedgeSettings.defaults());

        type(decoder, "0012345678", 4);
        idle(decoder, 50);

        assertThat(devices()).isEmpty();
        assertThat(typed()).isEqualTo("0012345678");
    }

    @Test
    void burstWithoutEnterIsACardWhenTheReaderSendsNoEnter() {
        KeystrokeDecoder decoder = decoder(WedgeSettings.defaults().withRequireEnter(false));

        type(decoder, "0012345678", 4);
        idle(decoder, 50);

        assertThat(devices()).singleElement().isInstanceOf(WedgeOutput.Card.class);
        assertThat(typed()).isEmpty();
    }

    @Test
    void personTypingThenABurstKeepsBoth() {
        KeystrokeDecoder decoder = decoder(WedgeSettings.defaults());

        type(decoder, "33", 150);
        idle(decoder, 100);
        type(decoder, "04:A1:B2:C3\r", 3);
        type(decoder, "01", 150);
        idle(decoder, 100);

        assertThat(devices()).singleElement().isInstanceOfSatisfying(WedgeOutput.Card.class, c ->
                assertThat(((CardTap) c.event()).uid().hex()).isEqualTo("04A1B2C3"));
        assertThat(typed()).isEqualTo("3301");
    }

    @Test
    void lfAfterTheCrOfABurstIsSwallowed() {
        KeystrokeDecoder decoder = decoder(WedgeSettings.defaults());

        type(decoder, "0012345678\r\n", 4);
        idle(decoder, 100);

        assertThat(devices()).hasSize(1);
        assertThat(typed()).isEmpty();
    }

    @Test
    void shortBurstWithEnterIsTyping() {
        KeystrokeDecoder decoder = decoder(WedgeSettings.defaults());

        type(decoder, "1234\r", 4);

        assertThat(devices()).isEmpty();
        assertThat(typed()).isEqualTo("1234\r");
    }

    @Test
    void scannerBurstIsAScannedCodeWithoutItsAimPrefix() {
        KeystrokeDecoder decoder = decoder(WedgeSettings.defaults());

        type(decoder, "]Q1ANJ-7F3K-9Q2X\r", 5);

        assertThat(devices()).singleElement().isInstanceOfSatisfying(WedgeOutput.Code.class, c -> {
            assertThat(c.code().text()).isEqualTo("ANJ-7F3K-9Q2X");
            assertThat(c.code().aimId()).contains("]Q1");
            assertThat(c.code().source()).isEqualTo(ScanSource.KEYBOARD_WEDGE);
        });
    }

    @Test
    void digitsInScannerModeAreACodeNotACard() {
        KeystrokeDecoder decoder = decoder(WedgeSettings.defaults().withMode(WedgeMode.SCANNER));

        type(decoder, "0012345678\r", 4);

        assertThat(devices()).singleElement().isInstanceOfSatisfying(WedgeOutput.Code.class, c ->
                assertThat(c.code().text()).isEqualTo("0012345678"));
    }

    @Test
    void nonNumberInCardModeIsAnUnreadableCard() {
        KeystrokeDecoder decoder = decoder(WedgeSettings.defaults().withMode(WedgeMode.CARD));

        type(decoder, "HELLO-WORLD\r", 4);

        assertThat(devices()).singleElement().isInstanceOfSatisfying(WedgeOutput.Card.class, c ->
                assertThat(((CardUnreadable) c.event()).reason()).isEqualTo(DeviceError.CARD_INVALID_NUMBER));
    }

    @Test
    void reversedReaderGivesTheSameUidAsPcsc() {
        KeystrokeDecoder decoder = decoder(WedgeSettings.defaults().withUidFormat(UidFormat.DECIMAL, true));

        // 0x4E61BC00 typed by a reader that sends the bytes little-endian
        type(decoder, "1315027968\r", 4);

        assertThat(devices()).singleElement().isInstanceOfSatisfying(WedgeOutput.Card.class, c ->
                assertThat(((CardTap) c.event()).uid().hex()).isEqualTo("00BC614E"));
    }

    @Test
    void mixedStreamKeepsTheOrderOfTyping() {
        KeystrokeDecoder decoder = decoder(WedgeSettings.defaults());

        type(decoder, "12", 120);
        idle(decoder, 100);
        type(decoder, "]Q1ANJ-0001\r", 3);
        type(decoder, "34\r", 120);
        idle(decoder, 100);
        type(decoder, "0012345678\r", 3);
        type(decoder, "5", 300);
        idle(decoder, 40);

        assertThat(typed()).isEqualTo("1234\r5");
        assertThat(devices()).hasSize(2);
        assertThat(devices().get(0)).isInstanceOf(WedgeOutput.Code.class);
        assertThat(devices().get(1)).isInstanceOf(WedgeOutput.Card.class);
    }
}
