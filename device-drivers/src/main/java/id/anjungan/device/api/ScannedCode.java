package id.anjungan.device.api;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A code read by a scanner, such as the claim code of a queue ticket.
 *
 * @param text       the decoded text, without framing or AIM prefix
 * @param symbology  the AIM symbology identifier the scanner sent (such as {@code ]Q1} for QR), or
 *                   {@code null} when it sent none
 * @param source     which kind of scanner
 * @param at         when it was read
 */
public record ScannedCode(String text, String symbology, ScanSource source, Instant at) {

    public ScannedCode {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(at, "at");
    }

    /** The AIM symbology identifier, when the scanner sent one. */
    public Optional<String> aimId() {
        return Optional.ofNullable(symbology);
    }
}
