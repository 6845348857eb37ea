package id.anjungan.village.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LetterNumbersTest {

    @Test
    void formatsOpenSidsDefaultNumberWithRomanMonthAndThreeDigits() {
        assertThat(LetterNumbers.format("S-01", 12, "3301012001", 10, 2024)).isEqualTo("S-01/012/3301012001/X/2024");
        assertThat(LetterNumbers.format("500", 1, "3301052007", 4, 2026)).isEqualTo("500/001/3301052007/IV/2026");
        assertThat(LetterNumbers.format("474.4", 1234, "3301052007", 12, 2026)).isEqualTo("474.4/1234/3301052007/XII/2026");
    }

    @Test
    void refusesAMonthThatDoesNotExist() {
        assertThatThrownBy(() -> LetterNumbers.format("500", 1, "1", 13, 2026)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aliasesAreSixUnambiguousCharacters() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String alias = LetterNumbers.alias();
            assertThat(alias).matches("[a-km-zA-HJ-NP-Z2-9]{6}");
            seen.add(alias);
        }
        assertThat(seen).hasSizeGreaterThan(195);
    }
}
