package id.anjungan.backend.letter;

import java.time.Instant;
import java.util.Objects;

/**
 * A letter request as the server lists it.
 *
 * @param id            the server's request id (permohonan)
 * @param letterName    e.g. "Keterangan Usaha"
 * @param residentName  who asked
 * @param status        mapped from the label; {@link RequestStatus#UNKNOWN} when the label was not recognised
 * @param statusLabel   the label exactly as the server sent it, for showing an unknown status
 * @param submittedAt   when it was sent, or null when the server's timestamp could not be read
 */
public record LetterRequest(String id, String letterName, String residentName, RequestStatus status,
        String statusLabel, Instant submittedAt) {

    public LetterRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
    }
}
