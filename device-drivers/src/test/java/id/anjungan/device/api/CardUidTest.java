package id.anjungan.device.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CardUidTest {

    private static final CardUid SEVEN =
            CardUid.of(new byte[] {0x04, (byte) 0xA1, (byte) 0xB2, (byte) 0xC3, (byte) 0xD4, (byte) 0xE5, (byte) 0xF6});

    @Test
    void toStringIsMaskedSoTheUidCannotReachALog() {
        assertThat(SEVEN.toString()).isEqualTo("CardUid[04**********F6]").doesNotContain(SEVEN.hex());
    }

    @Test
    void decimalOfASevenByteUidHasSeventeenDigits() {
        assertThat(SEVEN.decimal()).isEqualTo("01303689068602870").hasSize(17);
    }

    @Test
    void fourByteUidDecimalIsPaddedToTenDigits() {
        assertThat(CardUid.of(new byte[] {0, 0, 0, 1}).decimal()).isEqualTo("0000000001");
    }

    @Test
    void uidsWithTheSameBytesAreEqual() {
        assertThat(CardUid.of(SEVEN.bytes())).isEqualTo(SEVEN).hasSameHashCodeAs(SEVEN);
    }

    @Test
    void bytesCannotBeChangedFromOutside() {
        byte[] bytes = SEVEN.bytes();
        bytes[0] = 0;

        assertThat(SEVEN.hex()).startsWith("04");
    }

    @Test
    void fiveBytesAreNoUid() {
        assertThatThrownBy(() -> CardUid.of(new byte[5])).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("4, 7 or 10");
    }
}
