package id.anjungan.backend.letter;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * An issued letter in the resident's archive (arsip).
 *
 * @param id            the archive id, the one {@code unduh} takes (not a request id)
 * @param number        the raw sequence number of the letter
 * @param letterName    e.g. "Keterangan Usaha"
 * @param officialName  who signed for the village
 * @param issuedAt      village-local date and time, or null when unreadable
 * @param signature     the e-signature state
 * @param fileAvailable whether the server says the PDF exists
 */
public record ArchivedLetter(String id, String number, String letterName, String officialName,
        LocalDateTime issuedAt, SignatureState signature, boolean fileAvailable) {

    public ArchivedLetter {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(signature, "signature");
    }

    /** OpenSID's own web policy: hand out only signed letters whose file exists. */
    public boolean printable() {
        return signature == SignatureState.SIGNED && fileAvailable;
    }
}
