package id.anjungan.village.surat;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Eloquent's serialised {@code created_at}: ISO-8601 in UTC with microseconds (contract §1.7). */
final class Timestamps {

    private static final DateTimeFormatter ISO_MICROS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private Timestamps() {
    }

    static String now(Clock clock) {
        return ISO_MICROS.format(clock.instant());
    }
}
