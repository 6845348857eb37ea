package id.anjungan.backend.opensid;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * Reads PHP's loosely typed values: numbers as strings or numbers, booleans as true, 1 or "1", dates in whichever
 * format the column had. Never throws: a value that cannot be read is absent.
 */
final class Lenient {

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd-MM-uuuu");
    private static final DateTimeFormatter SQL_DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private Lenient() {
    }

    static boolean flag(String value) {
        if (value == null) {
            return false;
        }
        String normalized = value.trim().toLowerCase(Locale.ROOT);
        return normalized.equals("1") || normalized.equals("true") || normalized.equals("on") || normalized.equals("yes");
    }

    static OptionalLong number(String value) {
        if (value == null) {
            return OptionalLong.empty();
        }
        String trimmed = value.trim();
        int dot = trimmed.indexOf('.');
        if (dot > 0 && trimmed.substring(dot + 1).chars().allMatch(c -> c == '0')) {
            trimmed = trimmed.substring(0, dot);
        }
        try {
            return OptionalLong.of(Long.parseLong(trimmed));
        } catch (NumberFormatException notANumber) {
            return OptionalLong.empty();
        }
    }

    /** Null, blank and PHP's "null" become null; anything else is trimmed. */
    static String text(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.trim();
        return trimmed.isEmpty() || trimmed.equalsIgnoreCase("null") ? null : trimmed;
    }

    /** An ISO-8601 instant ({@code 2024-10-01T03:27:31.000000Z}), or null. */
    static Instant instant(String value) {
        String text = text(value);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notIso) {
            return null;
        }
    }

    /** A village-local {@code YYYY-MM-DD HH:MM:SS} (or ISO local) date-time, or null. */
    static LocalDateTime localDateTime(String value) {
        String text = text(value);
        if (text == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(text, SQL_DATE_TIME);
        } catch (DateTimeParseException notSql) {
            try {
                return LocalDateTime.parse(text);
            } catch (DateTimeParseException notIso) {
                return null;
            }
        }
    }

    /** A {@code dd-mm-YYYY} (or ISO) date, or null. */
    static LocalDate date(String value) {
        String text = text(value);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text, DAY_MONTH_YEAR);
        } catch (DateTimeParseException notDayMonthYear) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException notIso) {
                return null;
            }
        }
    }
}
