package id.anjungan.core.config;

import java.time.Duration;

/**
 * The village's rules for this kiosk.
 *
 * @param fingerprintAllowed whether an enrolled resident is asked for a fingerprint after the PIN
 * @param printSignedOnly    print a letter only when it is signed ({@code tte = 1}), as OpenSID's own web does
 * @param paperWidth         the receipt roll: {@code 58} or {@code 80} (mm)
 * @param lockoutAttempts    wrong PINs (or fingerprints) for one NIK that lock it locally ...
 * @param lockoutWindow      ... within this time ...
 * @param lockoutPeriod      ... for this long
 * @param claimRetention     how long a ticket's claim record is kept
 */
public record PolicyProperties(boolean fingerprintAllowed, boolean printSignedOnly, int paperWidth, int lockoutAttempts,
        Duration lockoutWindow, Duration lockoutPeriod, Duration claimRetention) {
}
