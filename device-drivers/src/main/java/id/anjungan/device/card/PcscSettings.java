package id.anjungan.device.card;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Configuration of a PC/SC card reader.
 *
 * @param reader the reader's PC/SC name (such as {@code ACS ACR122U PICC Interface 00 00}), or
 *               {@code null} for the first reader found
 * @param poll   how long one wait for a card lasts before the driver looks whether it should stop;
 *               also bounds how late a dead pcscd is noticed
 */
public record PcscSettings(String reader, Duration poll) {

    public PcscSettings {
        Objects.requireNonNull(poll, "poll");
        if (poll.isNegative() || poll.isZero()) {
            throw new IllegalArgumentException("poll must be positive");
        }
    }

    /** The first reader, polled every half second. */
    public static PcscSettings firstReader() {
        return new PcscSettings(null, Duration.ofMillis(500));
    }

    /** A reader by name, polled every half second. */
    public static PcscSettings named(String reader) {
        return new PcscSettings(Objects.requireNonNull(reader, "reader"), Duration.ofMillis(500));
    }

    public PcscSettings withPoll(Duration value) {
        return new PcscSettings(reader, value);
    }

    public Optional<String> readerName() {
        return Optional.ofNullable(reader);
    }
}
