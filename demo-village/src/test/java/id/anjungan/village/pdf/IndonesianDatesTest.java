package id.anjungan.village.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class IndonesianDatesTest {

    @Test
    void longFormUsesIndonesianMonthNames() {
        List<String> months = IntStream.rangeClosed(1, 12)
                .mapToObj(month -> IndonesianDates.longForm(LocalDate.of(2026, month, 1)))
                .toList();

        assertThat(months).containsExactly("1 Januari 2026", "1 Februari 2026", "1 Maret 2026", "1 April 2026",
                "1 Mei 2026", "1 Juni 2026", "1 Juli 2026", "1 Agustus 2026", "1 September 2026", "1 Oktober 2026",
                "1 November 2026", "1 Desember 2026");
    }

    @Test
    void shortFormIsDayMonthYearWithLeadingZeros() {
        assertThat(IndonesianDates.shortForm(LocalDate.of(1980, 3, 2))).isEqualTo("02-03-1980");
    }

    @Test
    void unknownDatePrintsAsDash() {
        assertThat(IndonesianDates.longForm(null)).isEqualTo("-");
        assertThat(IndonesianDates.shortForm(null)).isEqualTo("-");
    }
}
