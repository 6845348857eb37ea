package id.anjungan.village.pdf;

import java.time.LocalDate;
import java.util.List;

/** Dates as Indonesian letters write them, independent of the JVM's locale data. */
public final class IndonesianDates {

    private static final List<String> MONTHS = List.of("Januari", "Februari", "Maret", "April", "Mei", "Juni",
            "Juli", "Agustus", "September", "Oktober", "November", "Desember");

    private IndonesianDates() {
    }

    /** "23 November 2026", or "-" when unknown. */
    public static String longForm(LocalDate date) {
        if (date == null) {
            return DisplayText.MISSING;
        }
        return date.getDayOfMonth() + " " + MONTHS.get(date.getMonthValue() - 1) + " " + date.getYear();
    }

    /** "23-11-2026", for narrow table columns, or "-" when unknown. */
    static String shortForm(LocalDate date) {
        if (date == null) {
            return DisplayText.MISSING;
        }
        return String.format("%02d-%02d-%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }
}
