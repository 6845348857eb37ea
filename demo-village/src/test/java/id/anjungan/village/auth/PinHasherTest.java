package id.anjungan.village.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PinHasherTest {

    private final PinHasher hasher = new PinHasher();

    @Test
    void legacyHashIsOpenSidsMd5OfTheReversedPinTimes77() {
        // md5("50382717!#@$#%"): strrev("123456") = 654321, * 77 = 50382717
        assertThat(PinHasher.legacyHash("123456")).isEqualTo("3645e735f033e8482be0c7993fcba946");
    }

    @Test
    void legacyHashDropsLeadingZerosOfTheReversedPinAsPhpsIntCastDoes() {
        // strrev("120000") = "000021" -> (int) 21 -> 1617, the same as for PIN "12"
        assertThat(PinHasher.legacyHash("120000")).isEqualTo(PinHasher.legacyHash("12"));
    }

    @Test
    void aLegacyHashMatchesOnlyItsPin() {
        String stored = PinHasher.legacyHash("271828");

        assertThat(hasher.isLegacy(stored)).isTrue();
        assertThat(hasher.matches("271828", stored)).isTrue();
        assertThat(hasher.matches("271829", stored)).isFalse();
        assertThat(hasher.matches("abc", stored)).isFalse();
    }

    @Test
    void bcryptHashesAreNotLegacyAndMatchTheirPin() {
        String stored = hasher.bcrypt("192837");

        assertThat(hasher.isLegacy(stored)).isFalse();
        assertThat(hasher.matches("192837", stored)).isTrue();
        assertThat(hasher.matches("192838", stored)).isFalse();
    }

    @Test
    void nothingMatchesANullPinOrHash() {
        assertThat(hasher.matches(null, hasher.bcrypt("1"))).isFalse();
        assertThat(hasher.matches("1", null)).isFalse();
    }
}
