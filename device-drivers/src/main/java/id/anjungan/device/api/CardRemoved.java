package id.anjungan.device.api;

import java.time.Instant;
import java.util.Objects;

/**
 * The card was taken off the reader (PC/SC readers only; a keyboard-wedge reader cannot tell).
 *
 * @param reader which reader
 * @param at     when
 */
public record CardRemoved(String reader, Instant at) implements CardEvent {

    public CardRemoved {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(at, "at");
    }
}
