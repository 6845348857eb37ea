package id.anjungan.ui.identify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DigitEntryTest {

    @Test
    void onlyDigitsAreTaken() {
        DigitEntry entry = new DigitEntry(16, false);
        entry.fill("3301-05 12x");
        assertThat(entry.value()).isEqualTo("33010512");
    }

    @Test
    void nothingIsTakenPastTheLength() {
        DigitEntry entry = new DigitEntry(4, false);
        entry.fill("123456");
        assertThat(entry.value()).isEqualTo("1234");
    }

    @Test
    void aNikIsShownInGroupsOfFour() {
        DigitEntry entry = new DigitEntry(16, false);
        entry.fill("3301051203800001");
        assertThat(entry.display().get()).isEqualTo("3301 0512 0380 0001");
    }

    @Test
    void aPinIsNeverShown() {
        DigitEntry entry = new DigitEntry(12, true);
        entry.fill("123456");
        assertThat(entry.display().get()).isEqualTo("\u25CF".repeat(6)).doesNotContain("1");
    }

    @Test
    void deleteRemovesTheLastDigit() {
        DigitEntry entry = new DigitEntry(6, true);
        entry.fill("123");
        entry.delete();
        assertThat(entry.value()).isEqualTo("12");
    }
}
