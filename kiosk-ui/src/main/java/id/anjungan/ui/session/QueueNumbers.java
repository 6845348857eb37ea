package id.anjungan.ui.session;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Hands out the day's queue numbers, {@code ddMMyy-NNN}, starting again at 001 each day in WIB. */
final class QueueNumbers {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("ddMMyy");

    private final Clock clock;
    private LocalDate day;
    private int last;

    QueueNumbers(Clock clock) {
        this.clock = clock;
    }

    synchronized String next() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Jakarta")));
        if (!today.equals(day)) {
            day = today;
            last = 0;
        }
        last++;
        return DAY.format(today) + "-" + String.format("%03d", last);
    }
}
