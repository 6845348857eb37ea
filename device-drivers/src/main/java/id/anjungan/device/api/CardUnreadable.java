package id.anjungan.device.api;

import java.time.Instant;
import java.util.Objects;

/**
 * A card was there but no UID came from it; the resident should try again or type the NIK.
 *
 * @param reader which reader
 * @param reason {@link DeviceError#CARD_UNREADABLE}, {@link DeviceError#CARD_UNSUPPORTED} or
 *               {@link DeviceError#CARD_INVALID_NUMBER}
 * @param at     when
 */
public record CardUnreadable(String reader, DeviceError reason, Instant at) implements CardEvent {

    public CardUnreadable {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(at, "at");
    }
}
