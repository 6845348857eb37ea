package id.anjungan.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.anjungan.backend.Nik;
import id.anjungan.core.KioskCoreException;
import id.anjungan.core.storage.KioskDatabase;
import id.anjungan.core.storage.KioskSecret;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogTest {

    @TempDir
    Path dir;

    @Test
    void aResidentIsStoredAsAKeyedHashAndNikInDetailsIsMasked() {
        KioskDatabase database = KioskDatabase.open(dir.resolve("kiosk.db"));
        AuditLog audit = new AuditLog(database, KioskSecret.loadOrCreate(dir.resolve("s")), Clock.systemUTC(), "k");

        audit.record(AuditKind.VERIFIED, Nik.of("3301051203800001"), "typed 3301051203800001");

        AuditEvent event = audit.events().get(0);
        assertThat(event.resident()).hasSize(64).doesNotContain("3301051203800001");
        assertThat(event.detail()).isEqualTo("typed 3301********0001");
    }

    @Test
    void theAuditTableRefusesUpdatesAndDeletes() {
        KioskDatabase database = KioskDatabase.open(dir.resolve("kiosk.db"));
        new AuditLog(database, KioskSecret.loadOrCreate(dir.resolve("s")), Clock.systemUTC(), "k").record(AuditKind.WIPE, "x");

        assertThatThrownBy(() -> database.sql().update("DELETE FROM audit_event")).isInstanceOf(KioskCoreException.class)
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> database.sql().update("UPDATE audit_event SET detail = 'y'"))
                .isInstanceOf(KioskCoreException.class).hasMessageContaining("append-only");
    }

    @Test
    void theSameNikHashesDifferentlyOnAnotherKiosk() {
        KioskSecret one = KioskSecret.loadOrCreate(dir.resolve("one"));
        KioskSecret two = KioskSecret.loadOrCreate(dir.resolve("two"));

        assertThat(one.hash("audit", "3301051203800001")).isNotEqualTo(two.hash("audit", "3301051203800001"));
    }
}
