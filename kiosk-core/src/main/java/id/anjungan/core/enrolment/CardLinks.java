package id.anjungan.core.enrolment;

import id.anjungan.backend.Nik;
import id.anjungan.core.storage.KioskDatabase;
import id.anjungan.core.storage.KioskSecret;
import id.anjungan.core.storage.Sealer;
import id.anjungan.core.storage.Sql;
import java.time.Clock;
import java.util.Optional;

/**
 * What a card tap does: a card saves typing the NIK, never the PIN. There is no API that resolves a card's tag id
 * without a login, so the kiosk keeps its own link, made only with the resident's consent right after a PIN login
 * in which OpenSID's own record names this card's tag ({@code tag_id_card}). The link holds a keyed index of the
 * UID and the NIK sealed under a key derived from the UID: the database without the card opens nothing.
 * An unknown card starts the session and asks for the NIK.
 */
public final class CardLinks {

    private static final String INDEX = "card-index";
    private static final String SEAL = "card-seal";
    private static final String RESIDENT = "card-resident";

    private final Sql sql;
    private final KioskSecret secret;
    private final Clock clock;

    public CardLinks(KioskDatabase database, KioskSecret secret, Clock clock) {
        this.sql = database.sql();
        this.secret = secret;
        this.clock = clock;
    }

    /** Links a card to a resident (replacing the resident's earlier card). */
    public void link(String cardUid, Nik nik, String consentVersion) {
        sql.transaction(connection -> {
            Sql.update(connection, "DELETE FROM card_link WHERE resident = ? OR card_index = ?", secret.hash(RESIDENT, nik.digits()),
                    secret.hash(INDEX, cardUid));
            return Sql.update(connection, "INSERT INTO card_link (card_index, resident, sealed_nik, consent_at, consent_version)"
                    + " VALUES (?, ?, ?, ?, ?)", secret.hash(INDEX, cardUid), secret.hash(RESIDENT, nik.digits()),
                    Sealer.seal(secret.derive(SEAL, cardUid), nik.digits()), clock.instant().toString(), consentVersion);
        });
    }

    /** The NIK linked to a card, if any. */
    public Optional<Nik> resolve(String cardUid) {
        return sql.first("SELECT sealed_nik FROM card_link WHERE card_index = ?", row -> row.getBytes(1), secret.hash(INDEX, cardUid))
                .flatMap(sealed -> Sealer.open(secret.derive(SEAL, cardUid), sealed)).map(Nik::new);
    }

    /** Whether the resident has a linked card. */
    public boolean linked(Nik nik) {
        return sql.first("SELECT 1 FROM card_link WHERE resident = ?", row -> 1, secret.hash(RESIDENT, nik.digits())).isPresent();
    }

    /** Removes the resident's link on request. */
    public boolean unlink(Nik nik) {
        return sql.update("DELETE FROM card_link WHERE resident = ?", secret.hash(RESIDENT, nik.digits())) > 0;
    }
}
