package id.anjungan.core.queue;

import id.anjungan.core.storage.KioskDatabase;
import id.anjungan.core.storage.Sql;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Queue numbers in OpenSID's {@code DDMMYY-NNN} form, counted per local day in the kiosk's database. OpenSID's own
 * generator drops leading zeros when it builds the number from an integer; here the day is always six digits and
 * the count at least three ({@code 050124-007}), growing to four past 999.
 */
public final class QueueNumbers {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("ddMMyy");

    private final Sql sql;
    private final Clock clock;
    private final ZoneId zone;

    public QueueNumbers(KioskDatabase database, Clock clock, ZoneId zone) {
        this.sql = database.sql();
        this.clock = clock;
        this.zone = zone;
    }

    /** The next number of today; committed before it is returned, so a crash never hands out one twice. */
    public String next() {
        String day = LocalDate.now(clock.withZone(zone)).format(DAY);
        long count = sql.transaction(connection -> {
            Sql.update(connection, "INSERT INTO queue_counter (day, last) VALUES (?, 1)"
                    + " ON CONFLICT (day) DO UPDATE SET last = last + 1", day);
            return Sql.query(connection, "SELECT last FROM queue_counter WHERE day = ?", row -> row.getLong(1), day).get(0);
        });
        return format(day, count);
    }

    static String format(String day, long count) {
        return day + "-" + String.format("%03d", count);
    }
}
