package id.anjungan.core.queue;

import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.backend.Nik;
import id.anjungan.core.storage.KioskDatabase;
import id.anjungan.core.storage.KioskSecret;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueueNumbersTest {

    @TempDir
    Path dir;

    @Test
    void numbersCountPerWibDayWithLeadingZerosKept() {
        KioskDatabase database = KioskDatabase.open(dir.resolve("kiosk.db"));
        // 17:30 UTC on 4 January is already 5 January in WIB
        Clock clock = Clock.fixed(Instant.parse("2025-01-04T17:30:00Z"), ZoneOffset.UTC);
        QueueNumbers numbers = new QueueNumbers(database, clock, ZoneId.of("Asia/Jakarta"));

        assertThat(numbers.next()).isEqualTo("050125-001");
        assertThat(numbers.next()).isEqualTo("050125-002");
        assertThat(new QueueNumbers(database, Clock.offset(clock, Duration.ofDays(1)), ZoneId.of("Asia/Jakarta")).next())
                .isEqualTo("060125-001");
    }

    @Test
    void aThousandthNumberGrowsToFourDigits() {
        assertThat(QueueNumbers.format("050125", 1000)).isEqualTo("050125-1000");
    }

    @Test
    void aClaimCodeOpensItsOwnRecordAndNothingElseDoes() {
        KioskDatabase database = KioskDatabase.open(dir.resolve("kiosk.db"));
        ClaimCodes claims = new ClaimCodes(database, KioskSecret.loadOrCreate(dir.resolve("s")), Clock.systemUTC(),
                Duration.ofDays(30));
        String code = claims.issue(Nik.of("3301051203800001"), "100", null, "Keterangan Usaha", "050125-001");

        assertThat(claims.redeem(code.toLowerCase())).hasValueSatisfying(claim -> {
            assertThat(claim.nik().digits()).isEqualTo("3301051203800001");
            assertThat(claim.requestId()).isEqualTo("100");
        });
        assertThat(claims.redeem(code.substring(0, code.length() - 1) + "0")).isEmpty();
    }

    @Test
    void anExpiredClaimIsGone() {
        KioskDatabase database = KioskDatabase.open(dir.resolve("kiosk.db"));
        KioskSecret secret = KioskSecret.loadOrCreate(dir.resolve("s"));
        Clock then = Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC);
        String code = new ClaimCodes(database, secret, then, Duration.ofDays(30))
                .issue(Nik.of("3301051203800001"), "100", null, "Keterangan Usaha", "010125-001");

        ClaimCodes later = new ClaimCodes(database, secret, Clock.offset(then, Duration.ofDays(31)), Duration.ofDays(30));

        assertThat(later.redeem(code)).isEmpty();
    }
}
