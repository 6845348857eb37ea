package id.anjungan.device.card;

import id.anjungan.device.api.CardTap;
import id.anjungan.device.api.CardUnreadable;
import id.anjungan.device.api.DeviceException;
import id.anjungan.device.api.ScanSource;
import id.anjungan.device.api.ScannedCode;
import id.anjungan.device.scanner.AimIdentifier;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits keyboard input into device bursts and human typing. A burst is at least
 * {@link WedgeSettings#minLength()} characters, each within {@link WedgeSettings#maxGap()} of the one
 * before, ended by Enter. Characters are held until that is decided; a pause longer than the gap, an
 * Enter after too few characters, or too many characters releases them as typed text, so nothing a
 * person types is lost or reordered. Timing cannot separate a key a person typed less than the gap
 * before a burst began: it is taken as part of the burst. Not thread-safe; times are
 * {@link System#nanoTime()} values.
 */
final class KeystrokeDecoder {

    /** The reader name on events from keyboard-wedge devices. */
    static final String READER = "keyboard";

    private final WedgeSettings settings;
    private final UidParser uids;
    private final Clock clock;
    private final long maxGapNanos;
    private final StringBuilder held = new StringBuilder();
    private long lastKey;
    private long burstEnded = Long.MIN_VALUE;

    KeystrokeDecoder(WedgeSettings settings, Clock clock) {
        this.settings = settings;
        this.uids = new UidParser(settings.uidFormat(), settings.reverseBytes());
        this.clock = clock;
        this.maxGapNanos = settings.maxGap().toNanos();
    }

    List<WedgeOutput> key(char character, long nanoTime) {
        List<WedgeOutput> out = new ArrayList<>(2);
        settle(nanoTime, out);
        if (character == '\r' || character == '\n') {
            enter(character, nanoTime, out);
        } else {
            held.append(character);
            lastKey = nanoTime;
            if (held.length() > settings.maxLength()) {
                release(out);
            }
        }
        return out;
    }

    List<WedgeOutput> idle(long nanoTime) {
        List<WedgeOutput> out = new ArrayList<>(1);
        settle(nanoTime, out);
        return out;
    }

    /** After a long enough pause the held keys cannot belong to a burst any more. */
    private void settle(long now, List<WedgeOutput> out) {
        if (held.length() > 0 && now - lastKey > maxGapNanos) {
            if (!settings.requireEnter() && held.length() >= settings.minLength()) {
                classify(held.toString(), out);
                held.setLength(0);
            } else {
                release(out);
            }
        }
    }

    private void enter(char character, long now, List<WedgeOutput> out) {
        if (held.length() >= settings.minLength()) {
            classify(held.toString(), out);
            held.setLength(0);
            burstEnded = now;
        } else if (held.length() == 0 && character == '\n' && now - burstEnded <= maxGapNanos) {
            // the LF of a device's CR LF: part of the burst just read
            burstEnded = Long.MIN_VALUE;
        } else {
            held.append(character);
            release(out);
        }
    }

    private void release(List<WedgeOutput> out) {
        out.add(new WedgeOutput.Typed(held.toString()));
        held.setLength(0);
    }

    private void classify(String burst, List<WedgeOutput> out) {
        if (settings.mode() != WedgeMode.SCANNER) {
            try {
                out.add(new WedgeOutput.Card(new CardTap(uids.parse(burst), READER, clock.instant())));
                return;
            } catch (DeviceException e) {
                if (settings.mode() == WedgeMode.CARD) {
                    out.add(new WedgeOutput.Card(new CardUnreadable(READER, e.error(), clock.instant())));
                    return;
                }
            }
        }
        String symbology = AimIdentifier.of(burst).orElse(null);
        out.add(new WedgeOutput.Code(new ScannedCode(AimIdentifier.strip(burst), symbology, ScanSource.KEYBOARD_WEDGE,
                clock.instant())));
    }
}
