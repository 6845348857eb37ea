package id.anjungan.device.api;

import java.time.Instant;
import java.util.Objects;

/**
 * A card was put on the reader and its UID read.
 *
 * @param uid    the card's UID; a lookup key only
 * @param reader which reader
 * @param at     when
 */
public record CardTap(CardUid uid, String reader, Instant at) implements CardEvent {

    public CardTap {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(at, "at");
    }
}
