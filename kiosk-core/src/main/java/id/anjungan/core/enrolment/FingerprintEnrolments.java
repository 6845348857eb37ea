package id.anjungan.core.enrolment;

import id.anjungan.backend.Nik;
import id.anjungan.core.storage.KioskDatabase;
import id.anjungan.core.storage.KioskSecret;
import id.anjungan.core.storage.Sql;
import java.time.Clock;
import java.util.Optional;

/**
 * Which fingerprint-module template page belongs to which resident: the page, a keyed hash of the NIK, when the
 * resident consented and to which consent text. The template itself stays on the module; nothing else is stored.
 */
public final class FingerprintEnrolments {

    static final String PURPOSE = "fingerprint";

    private final Sql sql;
    private final KioskSecret secret;
    private final Clock clock;

    public FingerprintEnrolments(KioskDatabase database, KioskSecret secret, Clock clock) {
        this.sql = database.sql();
        this.secret = secret;
        this.clock = clock;
    }

    /** Records an enrolment (replacing an earlier one of the same resident). */
    public void enrol(Nik nik, int templatePage, String consentVersion) {
        sql.update("INSERT INTO fingerprint_enrolment (resident, template_page, consent_at, consent_version) VALUES (?, ?, ?, ?)"
                + " ON CONFLICT (resident) DO UPDATE SET template_page = excluded.template_page,"
                + " consent_at = excluded.consent_at, consent_version = excluded.consent_version",
                resident(nik), templatePage, clock.instant().toString(), consentVersion);
    }

    /** The template page of an enrolled resident. */
    public Optional<Integer> templatePage(Nik nik) {
        return sql.first("SELECT template_page FROM fingerprint_enrolment WHERE resident = ?", row -> row.getInt(1), resident(nik));
    }

    /**
     * Deletes the record on the resident's request.
     *
     * @return the page whose template must now be erased from the module, if there was one
     */
    public Optional<Integer> delete(Nik nik) {
        Optional<Integer> page = templatePage(nik);
        sql.update("DELETE FROM fingerprint_enrolment WHERE resident = ?", resident(nik));
        return page;
    }

    private String resident(Nik nik) {
        return secret.hash(PURPOSE, nik.digits());
    }
}
